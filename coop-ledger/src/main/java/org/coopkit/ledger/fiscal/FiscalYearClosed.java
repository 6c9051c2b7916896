package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A posting is dated in a fiscal year that is closed or locked: the books of that year are shut. */
public final class FiscalYearClosed extends CoopException {
    public FiscalYearClosed(FiscalYearId year, FiscalYearStatus status, LocalDate date) {
        super(ErrorKind.CONFLICT, "fiscal-year-closed", "cannot post on " + date + ": fiscal year " + year + " is "
                + status.name().toLowerCase() + "; post the correction in an open year, or reopen " + year + " before it is locked");
    }
}
