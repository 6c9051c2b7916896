package org.coopkit.core.statutes;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** Statutes that break a rule of co-operative law; the message names the rule. */
public final class InvalidStatutes extends CoopException {
    /**
     * Creates the 422 refusal with code {@code invalid-statutes}.
     *
     * @param rule the rule broken, in words
     */
    public InvalidStatutes(String rule) {
        super(ErrorKind.UNPROCESSABLE, "invalid-statutes", "invalid statutes: " + rule);
    }
}
