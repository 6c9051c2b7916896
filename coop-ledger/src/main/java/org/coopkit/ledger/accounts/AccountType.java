package org.coopkit.ledger.accounts;

/**
 * The five kinds of account of double-entry bookkeeping. Assets and expenses normally carry a
 * debit balance; liabilities, equity and revenue a credit balance. Revenue and expense accounts
 * are emptied into the result account when a fiscal year closes.
 */
public enum AccountType {
    /** What the co-op owns (bank, receivables): debit-normal. */
    ASSET("assets", true),
    /** What the co-op owes (payables): credit-normal. */
    LIABILITY("liabilities", false),
    /** Capital, reserves and result: credit-normal. */
    EQUITY("equity", false),
    /** Income of the year, emptied at closing: credit-normal. */
    REVENUE("revenues", false),
    /** Costs of the year, emptied at closing: debit-normal. */
    EXPENSE("expenses", true);

    private final String hledgerRoot;
    private final boolean debitNormal;

    AccountType(String hledgerRoot, boolean debitNormal) {
        this.hledgerRoot = hledgerRoot;
        this.debitNormal = debitNormal;
    }

    /**
     * True when a debit increases the account (assets, expenses).
     *
     * @return true for assets and expenses
     */
    public boolean debitNormal() {
        return debitNormal;
    }

    /**
     * True for accounts the year-end closing empties into the result.
     *
     * @return true for revenue and expense
     */
    public boolean closesAtYearEnd() {
        return this == REVENUE || this == EXPENSE;
    }

    /**
     * The top-level account name hledger and ledger expect ({@code assets}, {@code revenues}…).
     *
     * @return the root account name
     */
    public String hledgerRoot() {
        return hledgerRoot;
    }
}
