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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountScopeMismatch;
import org.coopkit.ledger.accounts.UnknownAccount;
import org.coopkit.ledger.fiscal.NoFiscalYear;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class JournalIT {
    static final Currency EUR = Currency.getInstance("EUR");

    @EachDatabase
    void an_unbalanced_entry_is_refused_and_nothing_is_written(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();

        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("k1", day("2026-03-01"), "Trip",
                debit("512", eur("30.00")), credit("706", eur("29.99")))))
                .isInstanceOf(UnbalancedEntry.class)
                .hasMessageContaining("EUR=0.01");
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("k2", day("2026-03-01"), "Two currencies",
                debit("512", eur("10.00")), credit("706", Money.of("10.00", "CHF")))))
                .isInstanceOf(UnbalancedEntry.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("k3", day("2026-03-01"), "One line",
                debit("512", eur("10.00")))))
                .isInstanceOf(InvalidEntry.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("k4", day("2026-03-01"), "Negative",
                debit("512", eur("-10.00")), credit("706", eur("-10.00")))))
                .isInstanceOf(InvalidEntry.class);

        assertThat(journal.page(treasurer(), 0, 10).total()).isZero();
    }

    @EachDatabase
    void a_balanced_entry_is_posted_with_its_period_and_shows_in_the_trial_balance_at_its_date(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        Member owner = books.member("Olga Owner", "provider");

        JournalEntry trip = journal.post(treasurer(), PostEntry.of("trip-1", day("2026-03-14"), "Trip 1 settled",
                debit("512", eur("100.00")),
                credit("467", owner.id(), eur("85.00")),
                credit("708", eur("15.00"))));
        journal.post(treasurer(), PostEntry.of("fees-1", day("2026-04-02"), "Hosting",
                debit("622", eur("40.00")), credit("512", eur("40.00"))));

        assertThat(trip.number()).isEqualTo(1);
        assertThat(trip.period()).isEqualTo(new FiscalPeriod("2026", 3));
        TrialBalance march = journal.trialBalance(treasurer(), day("2026-03-31"));
        assertThat(march.balance(AccountRef.of("512"), EUR)).isEqualTo(eur("100.00"));
        assertThat(march.balance(AccountRef.of("467", owner.id()), EUR)).isEqualTo(eur("-85.00"));
        assertThat(march.balanced()).isTrue();
        TrialBalance april = journal.trialBalance(treasurer(), day("2026-04-30"));
        assertThat(april.balance(AccountRef.of("512"), EUR)).isEqualTo(eur("60.00"));
        assertThat(april.totalDebits(EUR)).isEqualTo(eur("140.00")).isEqualTo(april.totalCredits(EUR));
    }

    @EachDatabase
    void lines_must_name_a_known_account_and_a_member_exactly_where_the_account_is_per_member(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        Member owner = books.member("Olga Owner", "provider");

        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("a", day("2026-03-01"), "x",
                debit("999", eur("1.00")), credit("706", eur("1.00"))))).isInstanceOf(UnknownAccount.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("b", day("2026-03-01"), "x",
                debit("512", eur("1.00")), credit("467", eur("1.00"))))).isInstanceOf(AccountScopeMismatch.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("c", day("2026-03-01"), "x",
                debit("512", owner.id(), eur("1.00")), credit("706", eur("1.00"))))).isInstanceOf(AccountScopeMismatch.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("d", day("2027-03-01"), "x",
                debit("512", eur("1.00")), credit("706", eur("1.00"))))).isInstanceOf(NoFiscalYear.class);
        assertThatThrownBy(() -> journal.post(CoreFixtures.actor(books.core(), owner), PostEntry.of("e", day("2026-03-01"), "x",
                debit("512", eur("1.00")), credit("706", eur("1.00"))))).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void a_mistake_is_corrected_by_a_reversing_entry_that_references_the_original_once(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        JournalEntry wrong = journal.post(treasurer(), PostEntry.of("w", day("2026-05-01"), "Typo: 1000 instead of 100",
                debit("512", eur("1000.00")), credit("706", eur("1000.00"))));

        JournalEntry reversal = journal.reverse(treasurer(), wrong.id(), IdempotencyKey.of("w-rev"), day("2026-05-02"), null);
        JournalEntry again = journal.reverse(treasurer(), wrong.id(), IdempotencyKey.of("w-rev"), day("2026-05-02"), null);

        assertThat(reversal.reverses()).contains(wrong.id());
        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(again).isEqualTo(reversal);
        assertThat(journal.trialBalance(treasurer(), day("2026-05-31")).balance(AccountRef.of("512"), EUR)).isEqualTo(eur("0.00"));
        assertThatThrownBy(() -> journal.reverse(treasurer(), wrong.id(), IdempotencyKey.of("w-rev-2"), day("2026-05-03"), null))
                .isInstanceOf(AlreadyReversed.class);
    }

    @EachDatabase
    void a_retried_posting_returns_the_first_entry_and_a_reused_key_with_other_content_is_refused(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        PostEntry command = PostEntry.of("booking-42", day("2026-02-01"), "Trip", debit("512", eur("20.00")), credit("706", eur("20.00")));

        JournalEntry first = journal.post(treasurer(), command);
        JournalEntry retry = journal.post(treasurer(), command);

        assertThat(retry).isEqualTo(first);
        assertThat(journal.page(treasurer(), 0, 10).total()).isEqualTo(1);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("booking-42", day("2026-02-01"), "Trip",
                debit("512", eur("21.00")), credit("706", eur("21.00"))))).isInstanceOf(IdempotencyKeyReused.class);
    }

    @EachDatabase
    void verify_finds_the_first_entry_edited_directly_in_the_database(TestDatabase db) throws Exception {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        List<JournalEntry> posted = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            posted.add(journal.post(treasurer(), PostEntry.of("e" + i, day("2026-01-0" + i), "Entry " + i,
                    debit("512", eur(i + "0.00")), credit("706", eur(i + "0.00")))));
        }
        assertThat(journal.verify(treasurer()).intact()).isTrue();
        assertThat(journal.verify(treasurer()).checked()).isEqualTo(5);

        // someone with database access turns 30.00 into 3.00 on both lines of entry #3 (still balanced)
        try (Connection c = books.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ledger_entry_lines SET amount = 3 WHERE entry_id = " + posted.get(2).id().value());
            c.commit();
        }

        ChainVerification verification = journal.verify(treasurer());
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).hasValue(3);
        assertThat(verification.checked()).isEqualTo(2);
    }

    @EachDatabase
    void a_bulk_import_posts_a_thousand_entries_in_one_transaction_and_the_chain_holds(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        List<PostEntry> commands = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            commands.add(PostEntry.of("import-" + i, day("2026-01-01").plusDays(i % 365), "Imported sale " + i,
                    debit("512", eur("12.34")), credit("706", eur("10.00")), credit("708", eur("2.34"))));
        }

        long t0 = System.nanoTime();
        List<JournalEntry> posted = journal.postAll(treasurer(), commands);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[%s] bulk import: 1000 entries / 3000 lines in %d ms%n", db, millis);

        assertThat(posted).hasSize(1000);
        assertThat(posted.get(999).number()).isEqualTo(1000);
        assertThat(journal.totals(treasurer(), null, day("2026-12-31"), Set.of()).balance(AccountRef.of("512"), EUR)).isEqualTo(eur("12340.00"));
        assertThat(journal.verify(treasurer()).intact()).isTrue();
    }
}
