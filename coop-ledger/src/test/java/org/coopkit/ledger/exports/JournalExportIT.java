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

        String journal = books.ledger().exports().hledger(treasurer(), day("2026-01-01"), day("2026-12-31"));
        String csv = books.ledger().exports().csv(treasurer(), day("2026-01-01"), day("2026-12-31"));

        assertThat(journal).contains("account assets:512 Bank\n", "2026-03-14 * (1) Trip 1, settled\n",
                "    liabilities:467 Owner payouts payable:" + owner.id() + "  EUR -85.00\n", "    assets:512 Bank  EUR 100.00\n");
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
        assertThat(sums).hasSize(2).allSatisfy(s -> assertThat(s).isEqualByComparingTo("0"));
        assertThat(csv.lines()).hasSize(1 + 5);
        assertThat(csv).startsWith("entry,date,fiscal_year,period,kind,memo,idempotency_key");
        assertThat(csv).contains("1,2026-03-14,2026,3,REGULAR,Trip 1; settled,trip-1,,2,467,Owner payouts payable," + owner.id() + ",,85.00,EUR,");
    }
}
