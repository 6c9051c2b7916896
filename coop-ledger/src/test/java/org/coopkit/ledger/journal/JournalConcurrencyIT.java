package org.coopkit.ledger.journal;

import org.coopkit.core.audit.ChainVerification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.Concurrently.Outcome;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class JournalConcurrencyIT {
    static final Currency EUR = Currency.getInstance("EUR");

    @EachDatabase
    void a_hundred_concurrent_retries_of_one_posting_make_one_entry_and_all_return_it(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        PostEntry command = PostEntry.of("payout-7", day("2026-06-01"), "Owner payout",
                debit("622", eur("75.00")), credit("512", eur("75.00")));

        long t0 = System.nanoTime();
        List<Outcome<JournalEntry>> outcomes = Concurrently.run(100, 16, i -> journal.post(treasurer(), command));
        System.out.printf("[%s] 100 concurrent retries of one posting: %d ms%n", books.database().kind(), (System.nanoTime() - t0) / 1_000_000);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("no retry fails").isNull());
        assertThat(outcomes.stream().map(o -> o.value().id()).distinct()).hasSize(1);
        assertThat(journal.page(treasurer(), 0, 10).total()).isEqualTo(1);
        assertThat(journal.trialBalance(treasurer(), day("2026-12-31")).balance(AccountRef.of("512"), EUR)).isEqualTo(eur("-75.00"));
        assertThat(journal.verify(treasurer()).intact()).isTrue();
    }

    @EachDatabase
    void concurrent_transfers_between_ten_accounts_keep_the_total_at_zero_at_read_committed(TestDatabase db) {
        bankTest(LedgerFixtures.books(db));
    }

    @EachDatabase
    void concurrent_transfers_between_ten_accounts_keep_the_total_at_zero_at_serializable(TestDatabase db) {
        bankTest(LedgerFixtures.books(db, db.config().withIsolation(DatabaseConfig.Isolation.SERIALIZABLE)));
    }

    /** The bank test: ten member sub-accounts, 200 random transfers from 16 threads, then every invariant. */
    private static void bankTest(Books books) {
        Journal journal = books.ledger().journal();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) members.add(books.member("Account holder " + i, "user"));

        long t0 = System.nanoTime();
        List<Outcome<JournalEntry>> outcomes = Concurrently.run(200, 16, i -> {
            Random r = new Random(i);
            Member from = members.get(r.nextInt(10));
            Member to = members.get((members.indexOf(from) + 1 + r.nextInt(9)) % 10);
            Money amount = Money.ofMinor(1 + r.nextInt(10_000), EUR);
            return journal.post(treasurer(), PostEntry.of("transfer-" + i, day("2026-06-01").plusDays(i % 30), "Transfer " + i,
                    debit("467", to.id(), amount), credit("467", from.id(), amount)));
        });

        System.out.printf("[%s %s] bank test: 200 transfers from 16 threads in %d ms, %d retries%n", books.database().kind(),
                books.database().config().isolation(), (System.nanoTime() - t0) / 1_000_000, books.database().transactions().retryCount());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        TrialBalance tb = journal.trialBalance(treasurer(), day("2026-12-31"));
        Money total = Money.zero(EUR);
        for (Member m : members) total = total.plus(tb.balance(AccountRef.of("467", m.id()), EUR));
        assertThat(total).isEqualTo(Money.zero(EUR));
        assertThat(tb.balanced()).isTrue();
        assertThat(journal.page(treasurer(), 0, 1).total()).isEqualTo(200);
        assertThat(outcomes.stream().map(o -> o.value().number()).distinct()).hasSize(200);
        ChainVerification chain = journal.verify(treasurer());
        assertThat(chain.intact()).isTrue();
        assertThat(chain.checked()).isEqualTo(200);
    }
}
