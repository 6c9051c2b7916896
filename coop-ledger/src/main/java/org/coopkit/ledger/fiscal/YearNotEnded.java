package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A fiscal year cannot be closed before its last day: activity may still be dated in it. */
public final class YearNotEnded extends CoopException {
    /**
     * Refuses closing a year before its last day.
     *
     * @param id    the year
     * @param end   its last day
     * @param today today's date
     */
    public YearNotEnded(FiscalYearId id, LocalDate end, LocalDate today) {
        super(ErrorKind.CONFLICT, "fiscal-year-not-ended", "fiscal year " + id + " ends on " + end
                + ": it cannot be closed before that day (today is " + today + ")");
    }
}
