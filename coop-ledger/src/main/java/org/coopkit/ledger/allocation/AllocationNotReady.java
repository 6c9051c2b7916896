package org.coopkit.ledger.allocation;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** A year's result is allocated only once the year is closed, and once. */
public final class AllocationNotReady extends CoopException {
    /**
     * Refuses an allocation move the year is not ready for.
     *
     * @param year the fiscal year
     * @param why  what is missing, e.g. the year is still open
     */
    public AllocationNotReady(FiscalYearId year, String why) {
        super(ErrorKind.CONFLICT, "allocation-not-ready", "the result of fiscal year " + year + " cannot be allocated now: " + why);
    }
}
