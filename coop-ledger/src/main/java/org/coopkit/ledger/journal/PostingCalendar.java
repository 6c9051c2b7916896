package org.coopkit.ledger.journal;

import java.time.LocalDate;

/**
 * Tells the journal which fiscal period a date falls in, and refuses a date whose fiscal year is
 * closed or does not exist (the fiscal-year feature implements it; the journal does not depend on
 * it). Called while the chain head is locked, so it sees the latest committed status.
 */
public interface PostingCalendar {
    FiscalPeriod periodFor(LocalDate date);

    /** The period of each date, refusing as {@link #periodFor} does; implementations answer a batch with one lookup. */
    default java.util.Map<LocalDate, FiscalPeriod> periodsFor(java.util.Collection<LocalDate> dates) {
        java.util.Map<LocalDate, FiscalPeriod> out = new java.util.HashMap<>();
        for (LocalDate d : dates) out.put(d, periodFor(d));
        return out;
    }
}
