package org.coopkit.ledger.journal;

import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountType;

/** One account (or member sub-account) in one currency: total debits, total credits. */
public record TrialBalanceRow(AccountRef account, String accountName, AccountType type, Money debits, Money credits) {
    /**
     * Debits minus credits: positive is a debit balance.
     *
     * @return debits minus credits
     */
    public Money balance() {
        return debits.minus(credits);
    }

    /**
     * The balance in the account's normal direction (credit balance of a liability is positive).
     *
     * @return the balance, negated for credit-normal accounts
     */
    public Money normalBalance() {
        return type.debitNormal() ? balance() : balance().negate();
    }
}
