package org.coopkit.ledger.allocation;

/**
 * What interest on capital is computed on, as the statutes say: the capital each member held at
 * the end of the year, or the capital held day by day over the year (pro rata temporis: a share
 * paid up on 1 July earns half a year's interest).
 */
public enum InterestBasis {
    /** Interest on the capital held at the year's end. */
    YEAR_END,
    /** Interest on the capital held on average over the days of the year. */
    PRO_RATA_TEMPORIS
}
