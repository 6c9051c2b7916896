package org.coopkit.ledger.journal;

/** Debit or credit: amounts on lines are never negative, the side says which way they go. */
public enum Side {
    /** The left side: increases assets and expenses. */
    DEBIT,
    /** The right side: increases liabilities, equity and revenue. */
    CREDIT;

    /**
     * The other side, as a reversal posts it.
     *
     * @return credit for debit and debit for credit
     */
    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
