package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A fiscal year: a range of days, its status, and how many times it was closed (each closing
 * posts its own closing entry). Immutable; transitions return the year as it is after them and
 * refuse a move the lifecycle does not allow.
 */
public record FiscalYear(FiscalYearId id, LocalDate start, LocalDate end, FiscalYearStatus status, int closings) {
    public FiscalYear {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (end.isBefore(start)) throw new InvalidFiscalYear("a fiscal year ends after it starts");
        if (ChronoUnit.MONTHS.between(start, end.plusDays(1)) > 24) throw new InvalidFiscalYear("a fiscal year lasts at most 24 months");
    }

    public static FiscalYear open(FiscalYearId id, LocalDate start, LocalDate end) {
        return new FiscalYear(id, start, end, FiscalYearStatus.OPEN, 0);
    }

    /** The calendar year as a fiscal year, e.g. {@code 2026}: 1 January to 31 December. */
    public static FiscalYear calendar(int year) {
        return open(FiscalYearId.of(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(FiscalYear other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Month of the fiscal year a date falls in: 1 for the first month, at most 13 (checked by the journal). */
    public int periodOf(LocalDate date) {
        return (int) Math.min(13, ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1)) + 1);
    }

    public FiscalYear close() {
        return moveTo(FiscalYearStatus.CLOSED, closings + 1);
    }

    public FiscalYear reopen() {
        return moveTo(FiscalYearStatus.OPEN, closings);
    }

    public FiscalYear lock() {
        return moveTo(FiscalYearStatus.LOCKED, closings);
    }

    private FiscalYear moveTo(FiscalYearStatus next, int newClosings) {
        if (!status.canBecome(next)) throw new IllegalYearTransition(id, status, next);
        return new FiscalYear(id, start, end, next, newClosings);
    }
}
