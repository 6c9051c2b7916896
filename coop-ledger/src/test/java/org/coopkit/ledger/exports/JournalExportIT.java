package org.coopkit.ledger.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class JournalExportIT {
    static final Pattern POSTING = Pattern.compile("^ {4}(\\S.*?\\S) {2}([A-Z]{3}) (-?\\d+\\.\\d{2})$");

    @EachDatabase
    void the_journal_exports_as_an_hledger_journal_whose_transactions_balance_and_as_csv(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Member owner = books.member("Olga Owner", "provider");
        books.ledger().journal().post(treasurer(), PostEntry.of("trip-1", day("2026-03-14"), "Trip 1; settled",
                debit("512", eur("100.00")), credit("467", owner.id(), eur("85.00")), credit("708", eur("15.00"))));
        books.ledger().journal().post(treasurer(), PostEntry.of("hosting", day("2026-04-02"), "Hosting",
                debit("622", eur("40.00")), credit("512", eur("40.00"))));
        books.ledger().journal().post(treasurer(), PostEntry.of("late-invoice", day("2026-02-01"), "Invoice entered late",
                debit("622", eur("10.00")), credit("512", eur("10.00"))));

        String journal = books.ledger().exports().hledger(treasurer(), day("2026-01-01"), day("2026-12-31"));
        String csv = books.ledger().exports().csv(treasurer(), day("2026-01-01"), day("2026-12-31"));

        String olga = "liabilities:467 Owner payouts payable:M" + String.format("%04d", owner.membershipNumber().orElseThrow()) + " Olga Owner";
        assertThat(journal).contains("commodity EUR 1000.00\n", "account assets:512 Bank\n", "account " + olga + "\n",
                "2026-03-14 * (1) Trip 1, settled\n", "    " + olga + "  EUR -85.00\n", "    assets:512 Bank  EUR 100.00\n");
        assertThat(journal.indexOf("2026-02-01 * (3)")).as("entries in date order").isLessThan(journal.indexOf("2026-03-14 * (1)"));
        List<BigDecimal> sums = new ArrayList<>();
        BigDecimal sum = null;
        for (String line : journal.split("\n")) {
            if (line.matches("^\\d{4}-\\d{2}-\\d{2} .*")) {
                if (sum != null) sums.add(sum);
                sum = BigDecimal.ZERO;
            }
            Matcher m = POSTING.matcher(line);
            if (m.matches()) {
                assertThat(m.group(1)).doesNotContain("  ");
                sum = sum.add(new BigDecimal(m.group(3)));
            }
        }
        sums.add(sum);
        assertThat(sums).hasSize(3).allSatisfy(s -> assertThat(s).isEqualByComparingTo("0"));
        assertThat(csv.lines()).hasSize(1 + 7);
        assertThat(csv).startsWith("entry,date,fiscal_year,period,kind,memo,idempotency_key");
        assertThat(csv).contains("1,2026-03-14,2026,3,REGULAR,Trip 1; settled,trip-1,,2,467,Owner payouts payable," + owner.id() + ",,85.00,EUR,");
    }

    @EachDatabase
    void the_export_of_a_year_with_capital_trips_and_a_closing_passes_hledgers_strict_checks(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        Member owner = books.member("Olga: Owner", "provider");
        Member ana = books.member("Ana  Adhérente", "user");
        books.core().capital().subscribe(treasurer(), ana.id(), 5);
        books.core().capital().recordPayment(treasurer(), ana.id(), eur("100.00"));
        books.ledger().journal().post(treasurer(), PostEntry.of("trip-1", day("2026-03-14"), "Trip 1",
                debit("512", eur("100.00")), credit("467", owner.id(), eur("70.00")), credit("708", eur("30.00"))));
        books.ledger().journal().post(treasurer(), PostEntry.of("early", day("2026-01-10"), "Hosting",
                debit("622", eur("12.00")), credit("512", eur("12.00"))));
        books.clock().set(java.time.Instant.parse("2027-01-05T10:00:00Z"));
        books.ledger().fiscalYears().close(treasurer(), org.coopkit.ledger.fiscal.FiscalYearId.of(2026));

        String journal = books.ledger().exports().hledger(treasurer(), day("2026-01-01"), day("2026-12-31"));
        assertThat(journal).as("paid-in capital is in the books").contains("equity:1013 Member capital:M", "EUR -100.00");

        java.util.Optional<String> hledger = Hledger.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(hledger.isPresent(),
                "hledger not installed: skipping the strict check (apt-get install hledger; run-tests.sh installs it)");
        Hledger.Result check = Hledger.run(hledger.get(), journal, "check", "--strict", "ordereddates");
        assertThat(check.exitCode()).as(check.output() + "\n" + journal).isZero();
        Hledger.Result bs = Hledger.run(hledger.get(), journal, "bal", "-N", "--flat", "equity:1013");
        assertThat(bs.output()).contains("EUR -100.00");
    }
}
