package org.coopkit.ledger.journal;

import java.time.LocalDate;

/**
 * Tells the journal which fiscal period a date falls in, and refuses a date whose fiscal year is
 * closed or does not exist (the fiscal-year feature implements it; the journal does not depend on
 * it). Called while the chain head is locked, so it sees the latest committed status.
 */
public interface PostingCalendar {
    /**
     * The fiscal period of a posting date.
     *
     * @param date the posting date
     * @return its fiscal year and month
     * @throws org.coopkit.ledger.fiscal.FiscalYearClosed when the date is in a closed or locked year
     * @throws org.coopkit.ledger.fiscal.NoFiscalYear when no fiscal year contains the date
     */
    FiscalPeriod periodFor(LocalDate date);

    /**
     * The period of each date, refusing as {@link #periodFor} does; implementations answer a batch with one lookup.
     *
     * @param dates the posting dates
     * @return the period of each date
     */
    default java.util.Map<LocalDate, FiscalPeriod> periodsFor(java.util.Collection<LocalDate> dates) {
        java.util.Map<LocalDate, FiscalPeriod> out = new java.util.HashMap<>();
        for (LocalDate d : dates) out.put(d, periodFor(d));
        return out;
    }
}
