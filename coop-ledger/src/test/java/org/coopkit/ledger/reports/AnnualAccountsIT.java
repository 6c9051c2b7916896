package org.coopkit.ledger.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.accounts.AccountType;
import org.coopkit.ledger.exports.HledgerRunner;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalanceRow;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/** Issue 13: annual accounts agree with the trial balance and with hledger; the FEC has 18 columns and every entry balances. */
class AnnualAccountsIT {
    static final Currency EUR = Currency.getInstance("EUR");

    @EachDatabase
    void the_balance_sheet_and_income_statement_with_the_previous_year_agree_with_the_trial_balance_hledger_and_the_fec(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        Member olga = books.member("Olga Owner", "provider");
        var journal = books.ledger().journal();
        books.ledger().fiscalYears().open(tess, FiscalYear.calendar(2025));
        journal.post(tess, PostEntry.of("s25", day("2025-03-01"), "Sales 2025", debit("512", eur("1000.00")), credit("706", eur("1000.00"))));
        journal.post(tess, PostEntry.of("x25", day("2025-09-01"), "Hosting 2025", debit("622", eur("300.00")), credit("512", eur("300.00"))));
        books.ledger().fiscalYears().close(tess, FiscalYearId.of(2025));
        journal.post(tess, PostEntry.of("s26", day("2026-02-01"), "Commissions", debit("512", eur("500.00")), credit("708", eur("500.00"))));
        journal.post(tess, PostEntry.of("x26", day("2026-03-01"), "Hosting", debit("622", eur("100.00")), credit("512", eur("100.00"))));
        journal.post(tess, PostEntry.of("t26", day("2026-04-01"), "Trip", debit("512", eur("70.00")), credit("467", olga.id(), eur("70.00"))));
        books.core().capital().subscribe(tess, olga.id(), 5);
        books.core().capital().recordPayment(tess, olga.id(), eur("100.00"));

        AnnualAccounts a = books.ledger().annualAccounts().of(tess, FiscalYearId.of(2026));

        assertThat(a.balanced()).isTrue();
        assertThat(a.totalAssets()).isEqualTo(eur("1270.00"));
        assertThat(a.revenue()).isEqualTo(eur("500.00"));
        assertThat(a.expense()).isEqualTo(eur("100.00"));
        assertThat(a.balanceSheet()).extracting(AnnualAccounts.Line::name, AnnualAccounts.Line::amount)
                .contains(org.assertj.core.groups.Tuple.tuple("Result of the year (open)", eur("400.00")),
                        org.assertj.core.groups.Tuple.tuple("Result of the year", eur("700.00")),
                        org.assertj.core.groups.Tuple.tuple("Member capital", eur("100.00")),
                        org.assertj.core.groups.Tuple.tuple("Owner payouts payable", eur("70.00")));
        assertThat(a.previous()).hasValueSatisfying(p -> {
            assertThat(p.fiscalYear()).isEqualTo("2025");
            assertThat(p.result()).isEqualTo(eur("700.00"));
            assertThat(p.totalAssets()).isEqualTo(eur("700.00"));
            assertThat(p.balanced()).isTrue();
        });
        // the trial balance gives the same totals
        Map<AccountType, Money> byType = new HashMap<>();
        for (TrialBalanceRow r : journal.trialBalance(tess, day("2026-12-31")).rows()) byType.merge(r.type(), r.normalBalance(), Money::plus);
        assertThat(byType.get(AccountType.ASSET)).isEqualTo(a.totalAssets());
        assertThat(byType.get(AccountType.LIABILITY).plus(byType.get(AccountType.EQUITY)).plus(byType.get(AccountType.REVENUE))
                .minus(byType.get(AccountType.EXPENSE))).isEqualTo(a.totalLiabilitiesAndEquity());
        assertThat(AnnualAccountsFormats.csv(a)).contains("balance_sheet,total,,Total assets,1270.00,700.00,EUR",
                "income_statement,result,,Result of the year,400.00,700.00,EUR");
        assertThat(AnnualAccountsFormats.json(a)).contains("\"balanced\" : true");

        // FEC: 18 columns, every entry balances
        String fec = books.ledger().exports().fec(tess, day("2026-01-01"), day("2026-12-31"));
        List<String> lines = fec.lines().toList();
        assertThat(lines.get(0).split("\t", -1)).hasSize(18).startsWith("JournalCode", "JournalLib", "EcritureNum").endsWith("Idevise");
        Map<String, BigDecimal> balance = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", -1);
            assertThat(f).as(l).hasSize(18);
            assertThat(f[3]).matches("2026\\d{4}");
            balance.merge(f[2], new BigDecimal(f[11].replace(',', '.')).subtract(new BigDecimal(f[12].replace(',', '.'))), BigDecimal::add);
        }
        assertThat(balance).hasSize(5).allSatisfy((entry, sum) -> assertThat(sum).as("entry " + entry).isEqualByComparingTo("0"));
        assertThat(fec).contains("\t467\tOwner payouts payable\tM").contains("Olga Owner").contains("\tBQ\t".substring(1));

        // hledger reads the same figures from the exported journal
        var hledger = HledgerRunner.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(hledger.isPresent(), "hledger not installed: skipping the comparison with hledger");
        String all = books.ledger().exports().hledger(tess, day("2000-01-01"), day("2026-12-31"));
        assertThat(HledgerRunner.total(hledger.get(), all, "assets")).isEqualByComparingTo(a.totalAssets().amount());
        assertThat(HledgerRunner.total(hledger.get(), all, "revenues", "-b", "2026-01-01").negate()).isEqualByComparingTo(a.revenue().amount());
        assertThat(HledgerRunner.total(hledger.get(), all, "expenses", "-b", "2026-01-01")).isEqualByComparingTo(a.expense().amount());
        assertThat(HledgerRunner.total(hledger.get(), all, "liabilities").negate()).isEqualByComparingTo("70.00");
    }
}
