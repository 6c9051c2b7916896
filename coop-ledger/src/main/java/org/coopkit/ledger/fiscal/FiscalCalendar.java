package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import org.coopkit.ledger.journal.FiscalPeriod;
import org.coopkit.ledger.journal.PostingCalendar;

/** The journal's {@link PostingCalendar}: a date must fall in an OPEN fiscal year. */
public final class FiscalCalendar implements PostingCalendar {
    private final FiscalYears years;

    public FiscalCalendar(FiscalYears years) {
        this.years = years;
    }

    @Override
    public FiscalPeriod periodFor(LocalDate date) {
        FiscalYear year = years.containing(date).orElseThrow(() -> new NoFiscalYear(date));
        if (!year.status().acceptsPostings()) {
            // name the open year to date the activity in instead: the earliest open one after it, else any open one
            java.util.Optional<FiscalYearId> open = years.all().stream().filter(y -> y.status().acceptsPostings())
                    .sorted(java.util.Comparator.comparing((FiscalYear y) -> y.start().isBefore(date)).thenComparing(FiscalYear::start))
                    .map(FiscalYear::id).findFirst();
            throw new FiscalYearClosed(year.id(), year.status(), date, open);
        }
        return new FiscalPeriod(year.id().value(), year.periodOf(date));
    }
}
