package org.coopkit.ledger.journal;

import org.coopkit.core.audit.ChainVerification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/** What the database itself refuses, whatever code writes to it. */
class JournalDatabaseGuardsIT {
    @EachDatabase
    void the_database_refuses_negative_amounts_unknown_sides_and_a_second_entry_under_one_key(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        JournalEntry e = books.ledger().journal().post(treasurer(), PostEntry.of("k", day("2026-02-02"), "x",
                debit("512", eur("5.00")), credit("706", eur("5.00"))));
        long id = e.id().value();

        assertThatThrownBy(() -> sql(books.database(), "INSERT INTO ledger_entry_lines (id, entry_id, position, account_code, side, amount, currency)"
                + " VALUES (900001, " + id + ", 3, '512', 'DEBIT', -5, 'EUR')")).isInstanceOf(SQLException.class)
                .satisfies(x -> assertThat(Constraints.isIntegrityViolation(x)).as(x.getMessage()).isTrue());
        assertThatThrownBy(() -> sql(books.database(), "INSERT INTO ledger_entry_lines (id, entry_id, position, account_code, side, amount, currency)"
                + " VALUES (900002, " + id + ", 3, '512', 'LEFT', 5, 'EUR')")).isInstanceOf(SQLException.class)
                .satisfies(x -> assertThat(Constraints.isIntegrityViolation(x)).as(x.getMessage()).isTrue());
        assertThatThrownBy(() -> sql(books.database(), "INSERT INTO ledger_entries (id, number, entry_date, fiscal_year, period, kind, memo,"
                + " idempotency_key, posted_at, posted_by, prev_hash, hash) VALUES (900003, 2, DATE '2026-02-02', '2026', 2, 'REGULAR', 'x', 'k',"
                + " TIMESTAMP '2026-02-02 10:00:00', 'sql', 'a', 'b')")).isInstanceOf(SQLException.class)
                .satisfies(x -> assertThat(Constraints.isViolation(x, "uk_ledger_entries_idem")).as(x.getMessage()).isTrue());
        assertThat(books.ledger().journal().verify(treasurer()).intact()).isTrue();
    }

    @EachDatabase
    void postgresql_refuses_at_commit_a_line_that_unbalances_an_entry(TestDatabase db) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "a deferred constraint trigger: PostgreSQL only");
        Books books = LedgerFixtures.books(db);
        JournalEntry e = books.ledger().journal().post(treasurer(), PostEntry.of("k", day("2026-02-02"), "x",
                debit("512", eur("5.00")), credit("706", eur("5.00"))));

        assertThatThrownBy(() -> sql(books.database(), "INSERT INTO ledger_entry_lines (id, entry_id, position, account_code, side, amount, currency)"
                + " VALUES (900001, " + e.id().value() + ", 3, '512', 'DEBIT', 1, 'EUR')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("does not balance");
    }

    @EachDatabase
    void verify_notices_when_the_last_entries_are_deleted_behind_the_ledgers_back(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        JournalEntry last = null;
        for (int i = 1; i <= 3; i++) {
            last = books.ledger().journal().post(treasurer(), PostEntry.of("e" + i, day("2026-02-0" + i), "x",
                    debit("512", eur("5.00")), credit("706", eur("5.00"))));
        }

        sql(books.database(), "DELETE FROM ledger_entry_lines WHERE entry_id = " + last.id().value(),
                "DELETE FROM ledger_entries WHERE id = " + last.id().value());

        ChainVerification v = books.ledger().journal().verify(treasurer());
        assertThat(v.firstBroken()).hasValue(3);
        assertThat(v.checked()).isEqualTo(2);
    }

    @EachDatabase
    void an_entry_rewritten_behind_the_ledgers_back_is_named_as_the_first_broken_link(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        java.util.List<JournalEntry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            entries.add(books.ledger().journal().post(treasurer(), PostEntry.of("e" + i, day("2026-02-0" + i), "x",
                    debit("512", eur("5.00")), credit("706", eur("5.00")))));
        }
        assertThat(books.ledger().journal().verify(treasurer()).intact()).isTrue();

        // both lines, so the entry still balances (PostgreSQL's trigger would refuse one line alone)
        sql(books.database(), "UPDATE ledger_entry_lines SET amount = 50 WHERE entry_id = " + entries.get(1).id().value());

        ChainVerification v = books.ledger().journal().verify(treasurer());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).hasValue(entries.get(1).number());
    }

    private static java.util.List<JournalEntry> fourEntries(Books books) {
        java.util.List<JournalEntry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            entries.add(books.ledger().journal().post(treasurer(), PostEntry.of("e" + i, day("2026-02-0" + i), "x",
                    debit("512", eur(i + ".00")), credit("706", eur(i + ".00")))));
        }
        assertThat(books.ledger().journal().verify(treasurer()).intact()).isTrue();
        return entries;
    }

    @EachDatabase
    void an_entry_deleted_in_the_middle_is_named_by_the_number_expected_and_found(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        java.util.List<JournalEntry> entries = fourEntries(books);
        long id = entries.get(1).id().value();
        sql(books.database(), "DELETE FROM ledger_entry_lines WHERE entry_id = " + id, "DELETE FROM ledger_entries WHERE id = " + id);

        ChainVerification v = books.ledger().journal().verify(treasurer());
        assertThat(v.broken()).contains(new org.coopkit.core.audit.BrokenLink("journal", 2,
                org.coopkit.core.audit.BrokenLink.Problem.MISSING, "2", "3"));
        assertThat(v.checked()).isEqualTo(1);
    }

    @EachDatabase
    void entries_renumbered_to_swap_places_are_caught_at_the_first_of_them(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        java.util.List<JournalEntry> entries = fourEntries(books);
        long second = entries.get(1).id().value();
        long third = entries.get(2).id().value();
        sql(books.database(), "UPDATE ledger_entries SET number = 1000 WHERE id = " + second,
                "UPDATE ledger_entries SET number = 2 WHERE id = " + third,
                "UPDATE ledger_entries SET number = 3 WHERE id = " + second);

        ChainVerification v = books.ledger().journal().verify(treasurer());
        assertThat(v.broken()).contains(new org.coopkit.core.audit.BrokenLink("journal", 2,
                org.coopkit.core.audit.BrokenLink.Problem.RELINKED, entries.get(0).hash(), entries.get(1).hash()));
    }

    private static void sql(Database database, String... statements) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            try {
                for (String statement : statements) s.executeUpdate(statement);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
