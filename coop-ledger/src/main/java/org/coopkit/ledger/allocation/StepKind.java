package org.coopkit.ledger.allocation;

/**
 * What a step of an allocation waterfall does with its part of the year's result. Reserve steps
 * round up to the cent (they are legal minimums), distributions round down; the remainder takes
 * what is left, so the steps always add up to the result exactly.
 */
public enum StepKind {
    /** Legal reserve: a share of the result while the reserve is below the capital (loi 1947 art. 16). */
    LEGAL_RESERVE,
    /** Statutory, indivisible reserves (never distributed, even at dissolution). */
    STATUTORY_RESERVE,
    /** Interest on paid-up capital at a capped rate (loi 1947 art. 14). */
    CAPITAL_INTEREST,
    /** Patronage refunds, split by kind of business then by each member's volume (loi 1947 art. 15). */
    PATRONAGE_REFUND,
    /** Workers' share, split by hours of member work (SCOP). */
    WORKERS_SHARE,
    /** Development fund (a reserve earmarked for investment). */
    DEVELOPMENT_FUND;

    /**
     * Whether the step funds a reserve (legal, statutory or development fund).
     *
     * @return true for a reserve step
     */
    public boolean isReserve() {
        return this == LEGAL_RESERVE || this == STATUTORY_RESERVE || this == DEVELOPMENT_FUND;
    }
}
