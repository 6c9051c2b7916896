package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/**
 * A posting is dated in a fiscal year that is closed or locked: the books of that year are shut. The
 * message says what to do: which year is shut, who can reopen it (the board or the treasurer, with a
 * reason, while it is not locked), or to date the activity in an open year (named when there is one).
 * The problem document carries the same as {@code fiscalYear}, {@code status}, {@code date},
 * {@code reopenableBy} and {@code openYear}.
 */
public final class FiscalYearClosed extends CoopException {
    /** The year that refused the posting. */
    private final FiscalYearId year;
    /** Its status: closed or locked. */
    private final FiscalYearStatus status;
    /** The posting date that fell in the shut year. */
    private final LocalDate date;
    /** An open year the posting could be dated in instead, if any. */
    private final Optional<FiscalYearId> openYear;

    /**
     * Without an open year to suggest.
     *
     * @param year   the shut year
     * @param status its status, closed or locked
     * @param date   the refused posting date
     */
    public FiscalYearClosed(FiscalYearId year, FiscalYearStatus status, LocalDate date) {
        this(year, status, date, Optional.empty());
    }

    /**
     * With the open year the activity could be dated in instead, when there is one.
     *
     * @param year     the shut year
     * @param status   its status, closed or locked
     * @param date     the refused posting date
     * @param openYear the open year to suggest, if any
     */
    public FiscalYearClosed(FiscalYearId year, FiscalYearStatus status, LocalDate date, Optional<FiscalYearId> openYear) {
        super(ErrorKind.CONFLICT, "fiscal-year-closed", message(year, status, date, openYear));
        this.year = year;
        this.status = status;
        this.date = date;
        this.openYear = openYear;
    }

    private static String message(FiscalYearId year, FiscalYearStatus status, LocalDate date, Optional<FiscalYearId> openYear) {
        String elsewhere = openYear.map(y -> "date it in the open fiscal year " + y).orElse("date it in an open fiscal year");
        if (status == FiscalYearStatus.LOCKED) {
            return "cannot post on " + date + ": fiscal year " + year + " is locked (the general assembly approved its accounts) "
                    + "and can no longer be reopened; " + elsewhere + " (a correction goes in the current year)";
        }
        return "cannot post on " + date + ": fiscal year " + year + " is closed. The board or the treasurer can reopen " + year
                + " with a reason (until the assembly locks it) for a late adjustment; otherwise " + elsewhere;
    }

    /**
     * The year that refused the posting.
     *
     * @return the fiscal year id
     */
    public FiscalYearId year() {
        return year;
    }

    /**
     * Closed (can be reopened) or locked (final).
     *
     * @return the year's status
     */
    public FiscalYearStatus status() {
        return status;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("fiscalYear", year.value());
        d.put("status", status.name());
        d.put("date", date.toString());
        d.put("reopenableBy", status == FiscalYearStatus.CLOSED ? List.of("BOARD", "TREASURER") : List.of());
        openYear.ifPresent(y -> d.put("openYear", y.value()));
        return d;
    }
}
