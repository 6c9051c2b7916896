package org.coopkit.ledger.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.allocation.RefundChoice;
import org.coopkit.ledger.exports.HledgerRunner;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.testing.WorkedExampleBooks;
import org.junit.jupiter.api.Assumptions;

/**
 * Issue 13: the annual accounts agree with hledger's {@code bse} (balance sheet with equity) and {@code is}
 * (income statement) run on the exported journal, section by section and account by account, for a closed
 * year (its allocation adopted, a refund taken as shares) and for the open year after it.
 */
class AnnualAccountsAgreeWithHledgerIT {

    @EachDatabase
    void balance_sheet_and_income_statement_agree_with_hledger_bse_and_is_on_the_exported_journal(TestDatabase db) throws Exception {
        var hledger = HledgerRunner.find();
        Assumptions.assumeTrue(hledger.isPresent(), "hledger is not installed (Debian package hledger; run-tests.sh installs it): "
                + "skipping the comparison of the annual accounts with hledger bse/is");
        // given the worked example (2026 closed, EUR 10,000.00 surplus), its allocation adopted with Ben's refund as shares,
        WorkedExampleBooks.Coop coop = WorkedExampleBooks.open(db);
        Actor tess = CoreFixtures.actor(coop.books().core(), CoreFixtures.admittedWithRole(coop.books().core(), "Tess Treasurer", "worker", Role.TREASURER));
        var ledger = coop.ledger();
        ledger.allocations().chooseRefund(tess, coop.ben().id(), WorkedExampleBooks.Y2026, RefundChoice.SHARES);
        ledger.allocations().postAdopted(tess, "resolution-2026", WorkedExampleBooks.Y2026);
        // and a 2027 of trips, owners' payouts due, costs, a new member's capital and a payout
        var journal = ledger.journal();
        journal.post(tess, PostEntry.of("trip-1", day("2027-02-03"), "Trip", debit("512", eur("120.00")),
                credit("467", coop.ben().id(), eur("84.00")), credit("708", eur("36.00"))));
        journal.post(tess, PostEntry.of("trip-2", day("2027-03-09"), "Trip", debit("512", eur("80.40")),
                credit("467", coop.ben().id(), eur("56.28")), credit("708", eur("24.12"))));
        journal.post(tess, PostEntry.of("hosting-27", day("2027-04-01"), "Hosting", debit("622", eur("240.00")), credit("512", eur("240.00"))));
        coop.books().core().capital().subscribe(tess, coop.chloe().id(), 3);
        coop.books().core().capital().recordPayment(tess, coop.chloe().id(), eur("60.00"));

        for (FiscalYearId id : new FiscalYearId[] {WorkedExampleBooks.Y2026, FiscalYearId.of(2027)}) {
            AnnualAccounts ours = ledger.annualAccounts().of(tess, id);
            String journalText = ledger.exports().hledger(tess, day("2000-01-01"), ours.end());
            String end = ours.end().plusDays(1).toString();

            // when hledger reads the exported journal
            HledgerRunner.Report bse = HledgerRunner.report(hledger.get(), journalText, "bse", "-e", end, "--depth", "2");
            HledgerRunner.Report is = HledgerRunner.report(hledger.get(), journalText, "is", "-b", ours.start().toString(), "-e", end,
                    "--depth", "2", "not:tag:kind=CLOSING");

            // then every section total and every account agree with ours
            String year = "year " + id.value() + ", hledger said:\n" + bse.raw() + "\n" + is.raw();
            assertThat(bse.sectionTotals().get("Assets")).as(year).isEqualByComparingTo(ours.totalAssets().amount());
            assertThat(bse.sectionTotals().get("Liabilities")).as(year).isEqualByComparingTo(section(ours, "liabilities", false));
            assertThat(bse.sectionTotals().get("Equity")).as(year).isEqualByComparingTo(section(ours, "equity", false));
            assertThat(bse.net()).as("hledger's net is the result not yet closed, " + year).isEqualByComparingTo(section(ours, "equity", true));
            assertThat(is.sectionTotals().get("Revenues")).as(year).isEqualByComparingTo(ours.revenue().amount());
            assertThat(is.sectionTotals().get("Expenses")).as(year).isEqualByComparingTo(ours.expense().amount());
            assertThat(is.net()).as(year).isEqualByComparingTo(ours.result().amount());
            assertThat(byCode(bse.accounts())).as(year).isEqualTo(byCode(ours.balanceSheet()));
            assertThat(byCode(is.accounts())).as(year).isEqualTo(byCode(ours.incomeStatement()));
        }
        AnnualAccounts y2027 = ledger.annualAccounts().of(tess, FiscalYearId.of(2027));
        assertThat(y2027.revenue()).isEqualTo(eur("60.12"));
        assertThat(y2027.balanced()).isTrue();
    }

    /** A section of our balance sheet: without the open year's result line, or only that line. */
    private static BigDecimal section(AnnualAccounts a, String section, boolean openResultOnly) {
        return a.balanceSheet().stream().filter(l -> l.section().equals(section))
                .filter(l -> l.name().equals("Result of the year (open)") == openResultOnly)
                .map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> byCode(java.util.List<AnnualAccounts.Line> lines) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (AnnualAccounts.Line l : lines) {
            if (l.account().isEmpty() || l.amount().isZero()) continue;
            out.put(l.account(), l.amount().amount().setScale(2));
        }
        return out;
    }

    /** hledger's {@code assets:512 Bank} → {@code 512}. */
    private static Map<String, BigDecimal> byCode(Map<String, BigDecimal> hledgerAccounts) {
        Map<String, BigDecimal> out = new TreeMap<>();
        hledgerAccounts.forEach((name, amount) -> {
            if (amount.signum() == 0) return;
            String leaf = name.substring(name.indexOf(':') + 1);
            out.merge(leaf.substring(0, leaf.indexOf(' ')), amount.setScale(2), BigDecimal::add);
        });
        return out;
    }
}
