package org.coopkit.ledger.accounts;

/**
 * The five kinds of account of double-entry bookkeeping. Assets and expenses normally carry a
 * debit balance; liabilities, equity and revenue a credit balance. Revenue and expense accounts
 * are emptied into the result account when a fiscal year closes.
 */
public enum AccountType {
    ASSET("assets", true),
    LIABILITY("liabilities", false),
    EQUITY("equity", false),
    REVENUE("revenues", false),
    EXPENSE("expenses", true);

    private final String hledgerRoot;
    private final boolean debitNormal;

    AccountType(String hledgerRoot, boolean debitNormal) {
        this.hledgerRoot = hledgerRoot;
        this.debitNormal = debitNormal;
    }

    /** True when a debit increases the account (assets, expenses). */
    public boolean debitNormal() {
        return debitNormal;
    }

    /** True for accounts the year-end closing empties into the result. */
    public boolean closesAtYearEnd() {
        return this == REVENUE || this == EXPENSE;
    }

    /** The top-level account name hledger and ledger expect ({@code assets}, {@code revenues}…). */
    public String hledgerRoot() {
        return hledgerRoot;
    }
}
