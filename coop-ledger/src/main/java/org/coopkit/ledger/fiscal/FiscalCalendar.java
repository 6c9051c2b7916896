package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.ledger.journal.FiscalPeriod;
import org.coopkit.ledger.journal.PostingCalendar;

/** The journal's {@link PostingCalendar}: a date must fall in an OPEN fiscal year. */
public final class FiscalCalendar implements PostingCalendar {
    private final FiscalYears years;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param years the fiscal years' repository
     */
    public FiscalCalendar(FiscalYears years) {
        this.years = years;
    }

    @Override
    public FiscalPeriod periodFor(LocalDate date) {
        return periodIn(years.containing(date).orElseThrow(() -> new NoFiscalYear(date)), date, years::all);
    }

    /** One query for the whole batch: the fiscal years, read once (a bulk import spans a year's dates). */
    @Override
    public Map<LocalDate, FiscalPeriod> periodsFor(Collection<LocalDate> dates) {
        List<FiscalYear> all = years.all();
        Map<LocalDate, FiscalPeriod> out = new HashMap<>();
        for (LocalDate d : dates) {
            FiscalYear year = all.stream().filter(y -> !d.isBefore(y.start()) && !d.isAfter(y.end())).findFirst()
                    .orElseThrow(() -> new NoFiscalYear(d));
            out.put(d, periodIn(year, d, () -> all));
        }
        return out;
    }

    private static FiscalPeriod periodIn(FiscalYear year, LocalDate date, java.util.function.Supplier<List<FiscalYear>> allYears) {
        if (!year.status().acceptsPostings()) {
            // name the open year to date the activity in instead: the earliest open one after it, else any open one
            java.util.Optional<FiscalYearId> open = allYears.get().stream().filter(y -> y.status().acceptsPostings())
                    .sorted(java.util.Comparator.comparing((FiscalYear y) -> y.start().isBefore(date)).thenComparing(FiscalYear::start))
                    .map(FiscalYear::id).findFirst();
            throw new FiscalYearClosed(year.id(), year.status(), date, open);
        }
        return new FiscalPeriod(year.id().value(), year.periodOf(date));
    }
}
