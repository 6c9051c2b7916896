package org.coopkit.ledger.journal;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.accounts.AccountRef;

/**
 * Every account's debits and credits up to a date (inclusive). In sound books total debits equal
 * total credits in each currency.
 *
 * @param at   the last posting date included
 * @param rows one row per account and currency
 */
public record TrialBalance(LocalDate at, List<TrialBalanceRow> rows) {
    /**
     * Copies the rows.
     *
     * @param at   the last posting date included
     * @param rows one row per account and currency
     */
    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /**
     * The currencies the rows are in.
     *
     * @return the currencies, by code
     */
    public List<Currency> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add(r.debits().currencyCode()));
        return codes.stream().map(Currency::getInstance).toList();
    }

    /**
     * The sum of all debits in a currency.
     *
     * @param currency the currency
     * @return the total debits
     */
    public Money totalDebits(Currency currency) {
        return Money.sum(rows.stream().filter(r -> r.debits().currency().equals(currency)).map(TrialBalanceRow::debits).toList(), currency);
    }

    /**
     * The sum of all credits in a currency.
     *
     * @param currency the currency
     * @return the total credits
     */
    public Money totalCredits(Currency currency) {
        return Money.sum(rows.stream().filter(r -> r.credits().currency().equals(currency)).map(TrialBalanceRow::credits).toList(), currency);
    }

    /**
     * Whether total debits equal total credits in every currency.
     *
     * @return true for sound books
     */
    public boolean balanced() {
        return currencies().stream().allMatch(c -> totalDebits(c).equals(totalCredits(c)));
    }

    /**
     * The row of an account in a currency.
     *
     * @param account  the account
     * @param currency the currency
     * @return the row, or empty when the account has no line in it
     */
    public Optional<TrialBalanceRow> row(AccountRef account, Currency currency) {
        return rows.stream().filter(r -> r.account().equals(account) && r.debits().currency().equals(currency)).findFirst();
    }

    /**
     * Debit-positive balance of an account (zero when it has no line).
     *
     * @param account  the account
     * @param currency the currency
     * @return debits minus credits
     */
    public Money balance(AccountRef account, Currency currency) {
        return row(account, currency).map(TrialBalanceRow::balance).orElse(Money.zero(currency));
    }
}
