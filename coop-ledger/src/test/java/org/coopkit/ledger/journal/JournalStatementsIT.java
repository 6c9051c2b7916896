package org.coopkit.ledger.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * The statements the journal's hot paths send, counted (docs/performance.md): a regression shows
 * here, without timing anything. MariaDB takes one sequence value per row (Galera-safe ids), the
 * other databases one per 50 rows; PostgreSQL locks the head table before reading the head row.
 */
class JournalStatementsIT {

    /** Online posting: lock (1, +1 on PostgreSQL), accounts (1), key (1), fiscal year (1), entry, lines, head (3). */
    @EachDatabase
    void an_online_posting_sends_at_most_eight_statements_in_one_transaction(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        Transactions tx = books.database().transactions();
        for (int i = 0; i < 3; i++) journal.post(treasurer(), trip("warm-" + i, i)); // the sequences' first blocks
        long commits = tx.writingCommitCount();

        long before = tx.statementsOnThisThread();
        for (int i = 0; i < 10; i++) journal.post(treasurer(), trip("online-" + i, i));
        long statements = tx.statementsOnThisThread() - before;

        assertThat(tx.writingCommitCount() - commits).as("one transaction per posting").isEqualTo(10);
        long perPosting = db.kind() == DatabaseKind.POSTGRESQL ? 8 : 7;
        long ids = db.kind() == DatabaseKind.MARIADB ? 10 * 4 : 2; // one nextval per row on MariaDB, a pooled block now and then elsewhere
        assertThat(statements).as("statements of 10 postings on " + db).isLessThanOrEqualTo(10 * perPosting + ids);
        assertThat(journal.verify(treasurer()).intact()).isTrue();
    }

    /** Bulk posting: the lookups once for the batch, entries and lines in JDBC batches, the head moved once. */
    @EachDatabase
    void a_bulk_import_of_1200_entries_sends_its_rows_in_batches_and_looks_up_once(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        books.ledger().fiscalYears().open(treasurer(), FiscalYear.calendar(2027));
        Journal journal = books.ledger().journal();
        Transactions tx = books.database().transactions();
        List<PostEntry> commands = new ArrayList<>();
        for (int i = 0; i < 1200; i++) commands.add(trip("bulk-" + i, i)); // dates over 2026 and 2027

        long before = tx.statementsOnThisThread();
        List<JournalEntry> posted = journal.postAll(treasurer(), commands);
        long statements = tx.statementsOnThisThread() - before;

        // 1200 entries and 3600 lines in batches of 50 (96 inserts) and as many sequence blocks, 3 key pages, a few lookups
        long bound = db.kind() == DatabaseKind.MARIADB ? 250 + 4 * 1200 : 250;
        assertThat(statements).as("statements of a 1200-entry import on " + db).isLessThanOrEqualTo(bound);
        assertThat(posted).hasSize(1200);
        assertThat(posted.get(1199).number()).isEqualTo(1200);
        assertThat(posted.get(400).period().fiscalYear()).isEqualTo("2027");
        assertThat(journal.verify(treasurer()).intact()).isTrue();

        // a retried import returns the same entries and writes nothing
        List<JournalEntry> again = journal.postAll(treasurer(), commands);
        assertThat(again).extracting(JournalEntry::number).containsExactlyElementsOf(posted.stream().map(JournalEntry::number).toList());
        assertThat(journal.page(treasurer(), 0, 1).total()).isEqualTo(1200);
    }

    @EachDatabase
    void a_bulk_import_with_a_key_given_twice_with_other_content_is_refused_whole(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        List<PostEntry> commands = List.of(trip("twice", 1), trip("other", 2),
                PostEntry.of("twice", day("2026-02-02"), "Not the same", debit("512", eur("1.00")), credit("706", eur("1.00"))));

        assertThatThrownBy(() -> journal.postAll(treasurer(), commands)).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(journal.page(treasurer(), 0, 1).total()).isZero();
    }

    static PostEntry trip(String key, int i) {
        return PostEntry.of(key, day("2026-01-01").plusDays(i % 700), "Trip " + i,
                debit("512", eur("12.34")), credit("706", eur("10.00")), credit("708", eur("2.34")));
    }
}
