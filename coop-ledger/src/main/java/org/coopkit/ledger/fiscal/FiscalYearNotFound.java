package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No fiscal year has this code. */
public final class FiscalYearNotFound extends CoopException {
    /**
     * Refuses a reference to a year that does not exist.
     *
     * @param id the unknown year
     */
    public FiscalYearNotFound(FiscalYearId id) {
        super(ErrorKind.NOT_FOUND, "fiscal-year-not-found", "fiscal year " + id + " does not exist");
    }
}
