package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The fiscal year's lifecycle does not allow this move (e.g. reopening a locked year). */
public final class IllegalYearTransition extends CoopException {
    /**
     * Refuses a move the fiscal year lifecycle does not allow.
     *
     * @param id   the year
     * @param from its status
     * @param to   the status refused
     */
    public IllegalYearTransition(FiscalYearId id, FiscalYearStatus from, FiscalYearStatus to) {
        super(ErrorKind.CONFLICT, "illegal-year-transition", "fiscal year " + id + " is " + from + " and cannot become " + to);
    }
}
