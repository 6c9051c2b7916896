package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The fiscal year's lifecycle does not allow this move (e.g. reopening a locked year). */
public final class IllegalYearTransition extends CoopException {
    public IllegalYearTransition(FiscalYearId id, FiscalYearStatus from, FiscalYearStatus to) {
        super(ErrorKind.CONFLICT, "illegal-year-transition", "fiscal year " + id + " is " + from + " and cannot become " + to);
    }
}
