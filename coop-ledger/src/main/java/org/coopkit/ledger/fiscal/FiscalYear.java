package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A fiscal year: a range of days, its status, and how many times it was closed (each closing
 * posts its own closing entry). Immutable; transitions return the year as it is after them and
 * refuse a move the lifecycle does not allow.
 *
 * @param id       the year's id
 * @param start    its first day
 * @param end      its last day, inclusive (at most 24 months after the start)
 * @param status   open, closed or locked
 * @param closings how many times it was closed
 */
public record FiscalYear(FiscalYearId id, LocalDate start, LocalDate end, FiscalYearStatus status, int closings) {
    /**
     * Checks the components.
     *
     * @param id       the year's id
     * @param start    its first day
     * @param end      its last day, inclusive (at most 24 months after the start)
     * @param status   open, closed or locked
     * @param closings how many times it was closed
     * @throws InvalidFiscalYear when the year ends before it starts or lasts more than 24 months
     */
    public FiscalYear {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (end.isBefore(start)) throw new InvalidFiscalYear("a fiscal year ends after it starts");
        if (ChronoUnit.MONTHS.between(start, end.plusDays(1)) > 24) throw new InvalidFiscalYear("a fiscal year lasts at most 24 months");
    }

    /**
     * A new open year that was never closed.
     *
     * @param id    the year's id
     * @param start its first day
     * @param end   its last day, inclusive
     * @return the year, in status OPEN
     */
    public static FiscalYear open(FiscalYearId id, LocalDate start, LocalDate end) {
        return new FiscalYear(id, start, end, FiscalYearStatus.OPEN, 0);
    }

    /**
     * The calendar year as a fiscal year, e.g. {@code 2026}: 1 January to 31 December.
     *
     * @param year the calendar year, e.g. 2026
     * @return the open fiscal year with that id
     */
    public static FiscalYear calendar(int year) {
        return open(FiscalYearId.of(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Whether a day falls in the year (start and end inclusive).
     *
     * @param date the day
     * @return true when {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Whether two years share at least one day.
     *
     * @param other the other year
     * @return true when they overlap
     */
    public boolean overlaps(FiscalYear other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Month of the fiscal year a date falls in: 1 for the first month, at most 13 (checked by the journal).
     *
     * @param date a day in the year
     * @return the month number, from 1
     */
    public int periodOf(LocalDate date) {
        return (int) Math.min(13, ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1)) + 1);
    }

    /**
     * The year closed, with one more closing counted.
     *
     * @return the closed year
     * @throws IllegalYearTransition unless the year is open
     */
    public FiscalYear close() {
        return moveTo(FiscalYearStatus.CLOSED, closings + 1);
    }

    /**
     * The year open again, for a late adjustment, while its accounts are not approved.
     *
     * @param approval the members' approval of this year's accounts, if any
     * @return the reopened year
     * @throws AccountsApproved if the accounts were approved: the figures voted on stand
     * @throws IllegalYearTransition unless the year is closed
     */
    public FiscalYear reopen(Optional<AccountsApproval> approval) {
        if (approval.isPresent()) throw new AccountsApproved(approval.get());
        return moveTo(FiscalYearStatus.OPEN, closings);
    }

    /**
     * The year locked for good, after the assembly approved its accounts.
     *
     * @return the locked year
     * @throws IllegalYearTransition unless the year is closed
     */
    public FiscalYear lock() {
        return moveTo(FiscalYearStatus.LOCKED, closings);
    }

    private FiscalYear moveTo(FiscalYearStatus next, int newClosings) {
        if (!status.canBecome(next)) throw new IllegalYearTransition(id, status, next);
        return new FiscalYear(id, start, end, next, newClosings);
    }
}
