package org.coopkit.ledger.journal;

/** Debit or credit: amounts on lines are never negative, the side says which way they go. */
public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
