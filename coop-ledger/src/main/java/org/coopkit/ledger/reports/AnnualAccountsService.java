package org.coopkit.ledger.reports;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.AccountType;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearService;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.journal.TrialBalanceRow;

/** Balance sheet and income statement of a fiscal year, with the previous year (treasurer or board). */
public final class AnnualAccountsService {
    private final Transactions tx;
    private final Journal journal;
    private final FiscalYearService years;
    private final Currency currency;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx       the module's transactions
     * @param journal  the journal the figures are read from
     * @param years    the fiscal years
     * @param currency the co-op's currency
     */
    public AnnualAccountsService(Transactions tx, Journal journal, FiscalYearService years, Currency currency) {
        this.tx = tx;
        this.journal = journal;
        this.years = years;
        this.currency = currency;
    }

    /**
     * Balance sheet and income statement of a year, with the previous year when there is one (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param id    the fiscal year
     * @return the annual accounts
     * @throws org.coopkit.ledger.fiscal.FiscalYearNotFound when no year has that id
     */
    public AnnualAccounts of(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> { // a report: from the read replica when there is one
            FiscalYear year = years.get(actor, id);
            Optional<AnnualAccounts> previous = years.all(actor).stream().filter(y -> y.end().equals(year.start().minusDays(1))).findFirst()
                    .map(y -> compute(y, Optional.empty()));
            return compute(year, previous);
        });
    }

    private AnnualAccounts compute(FiscalYear year, Optional<AnnualAccounts> previous) {
        Money zero = Money.zero(currency);
        TrialBalance atEnd = journal.totals(Actor.system(), null, year.end(), Set.of());
        Map<String, AnnualAccounts.Line> sheet = new TreeMap<>();
        Money assets = zero, liabilitiesAndEquity = zero, open = zero;
        for (TrialBalanceRow row : atEnd.rows()) {
            if (!row.debits().currency().equals(currency)) continue;
            AccountType t = row.type();
            if (t.closesAtYearEnd()) {
                open = open.plus(t == AccountType.REVENUE ? row.normalBalance() : row.normalBalance().negate());
                continue;
            }
            String section = t == AccountType.ASSET ? "assets" : t == AccountType.LIABILITY ? "liabilities" : "equity";
            sheet.merge(section + "|" + row.account().code().value(),
                    new AnnualAccounts.Line(section, row.account().code().value(), row.accountName(), row.normalBalance()),
                    (a, b) -> new AnnualAccounts.Line(a.section(), a.account(), a.name(), a.amount().plus(b.amount())));
            if (t == AccountType.ASSET) assets = assets.plus(row.normalBalance());
            else liabilitiesAndEquity = liabilitiesAndEquity.plus(row.normalBalance());
        }
        List<AnnualAccounts.Line> balance = new ArrayList<>(sheet.values());
        if (!open.isZero()) {
            balance.add(new AnnualAccounts.Line("equity", "", "Result of the year (open)", open));
            liabilitiesAndEquity = liabilitiesAndEquity.plus(open);
        }
        TrialBalance ofYear = journal.totals(Actor.system(), year.start(), year.end(), Set.of(EntryKind.CLOSING));
        Map<String, AnnualAccounts.Line> income = new TreeMap<>();
        Money revenue = zero, expense = zero;
        for (TrialBalanceRow row : ofYear.rows()) {
            if (!row.debits().currency().equals(currency) || !row.type().closesAtYearEnd()) continue;
            String section = row.type() == AccountType.REVENUE ? "revenue" : "expense";
            income.merge(section + "|" + row.account().code().value(),
                    new AnnualAccounts.Line(section, row.account().code().value(), row.accountName(), row.normalBalance()),
                    (a, b) -> new AnnualAccounts.Line(a.section(), a.account(), a.name(), a.amount().plus(b.amount())));
            if (row.type() == AccountType.REVENUE) revenue = revenue.plus(row.normalBalance());
            else expense = expense.plus(row.normalBalance());
        }
        return new AnnualAccounts(year.id().value(), year.start(), year.end(), balance, new ArrayList<>(income.values()), assets,
                liabilitiesAndEquity, revenue, expense, previous);
    }
}
