package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A fiscal year's dates break a rule (end before start, overlap with another year, too long). */
public final class InvalidFiscalYear extends CoopException {
    /**
     * Refuses a malformed or overlapping fiscal year.
     *
     * @param message what is wrong
     */
    public InvalidFiscalYear(String message) {
        super(ErrorKind.UNPROCESSABLE, "invalid-fiscal-year", message);
    }
}
