package org.coopkit.core.capital;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A capital operation breaks a rule (overpayment, redemption above nominal, redemption of a current member). */
public final class CapitalRefused extends CoopException {
    /**
     * Creates a capital refusal.
     *
     * @param kind    the error kind, which fixes the HTTP status
     * @param code    the stable machine-readable code
     * @param message the human-readable reason
     */
    public CapitalRefused(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }
}
