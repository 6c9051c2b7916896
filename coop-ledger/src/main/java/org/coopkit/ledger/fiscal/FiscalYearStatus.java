package org.coopkit.ledger.fiscal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a fiscal year, every allowed move in one place:
 * <pre>
 * OPEN   → CLOSED   (year-end closing: revenue and expense emptied into the result)
 * CLOSED → OPEN     (reopened for a late adjustment, before the accounts are approved)
 * CLOSED → LOCKED   (accounts approved by the general assembly: final)
 * </pre>
 * Only an OPEN year accepts postings.
 */
public enum FiscalYearStatus {
    /** Accepts postings. */
    OPEN,
    /** Closed at year end; may be reopened or locked. */
    CLOSED,
    /** Accounts approved by the general assembly: final. */
    LOCKED;

    private static final Map<FiscalYearStatus, Set<FiscalYearStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN, LOCKED),
            LOCKED, EnumSet.noneOf(FiscalYearStatus.class));

    /**
     * Whether the lifecycle allows moving from this status to another.
     *
     * @param next the status to move to
     * @return true when the move is allowed
     */
    public boolean canBecome(FiscalYearStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /**
     * Whether postings dated in a year of this status are accepted.
     *
     * @return true only for {@code OPEN}
     */
    public boolean acceptsPostings() {
        return this == OPEN;
    }
}
