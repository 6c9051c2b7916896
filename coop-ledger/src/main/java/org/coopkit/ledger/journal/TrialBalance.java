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
 */
public record TrialBalance(LocalDate at, List<TrialBalanceRow> rows) {
    public TrialBalance {
        rows = List.copyOf(rows);
    }

    public List<Currency> currencies() {
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add(r.debits().currencyCode()));
        return codes.stream().map(Currency::getInstance).toList();
    }

    public Money totalDebits(Currency currency) {
        return Money.sum(rows.stream().filter(r -> r.debits().currency().equals(currency)).map(TrialBalanceRow::debits).toList(), currency);
    }

    public Money totalCredits(Currency currency) {
        return Money.sum(rows.stream().filter(r -> r.credits().currency().equals(currency)).map(TrialBalanceRow::credits).toList(), currency);
    }

    public boolean balanced() {
        return currencies().stream().allMatch(c -> totalDebits(c).equals(totalCredits(c)));
    }

    /** The row of an account in a currency. */
    public Optional<TrialBalanceRow> row(AccountRef account, Currency currency) {
        return rows.stream().filter(r -> r.account().equals(account) && r.debits().currency().equals(currency)).findFirst();
    }

    /** Debit-positive balance of an account (zero when it has no line). */
    public Money balance(AccountRef account, Currency currency) {
        return row(account, currency).map(TrialBalanceRow::balance).orElse(Money.zero(currency));
    }
}
