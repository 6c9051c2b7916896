package org.coopkit.ledger.payouts;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A payout run the books refuse (nothing is due to the members selected). */
public final class PayoutRefused extends CoopException {
    /**
     * Refuses a payout run.
     *
     * @param code    the refusal's stable code, e.g. {@code nothing-due}
     * @param message what is wrong
     */
    public PayoutRefused(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
