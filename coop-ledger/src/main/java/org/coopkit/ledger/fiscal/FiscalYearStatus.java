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
    OPEN, CLOSED, LOCKED;

    private static final Map<FiscalYearStatus, Set<FiscalYearStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(OPEN, LOCKED),
            LOCKED, EnumSet.noneOf(FiscalYearStatus.class));

    public boolean canBecome(FiscalYearStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean acceptsPostings() {
        return this == OPEN;
    }
}
