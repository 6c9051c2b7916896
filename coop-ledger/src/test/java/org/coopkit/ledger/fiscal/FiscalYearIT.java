package org.coopkit.ledger.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.util.Currency;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

class FiscalYearIT {
    static final Currency EUR = Currency.getInstance("EUR");
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void closing_moves_revenue_and_expense_into_the_result_and_then_refuses_postings_dated_in_the_year(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        FiscalYearService years = books.ledger().fiscalYears();
        books.clock().set(java.time.Instant.parse("2027-01-05T09:00:00Z"));
        journal.post(treasurer(), PostEntry.of("s1", day("2026-03-01"), "Sales", debit("512", eur("1000.00")), credit("706", eur("800.00")), credit("708", eur("200.00"))));
        journal.post(treasurer(), PostEntry.of("x1", day("2026-09-01"), "Hosting", debit("622", eur("300.00")), credit("512", eur("300.00"))));

        ClosingResult closing = years.close(treasurer(), Y2026);

        assertThat(closing.results()).containsEntry("EUR", eur("700.00"));
        assertThat(closing.entry()).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.CLOSING);
            assertThat(e.date()).isEqualTo(day("2026-12-31"));
        });
        TrialBalance tb = journal.trialBalance(treasurer(), day("2026-12-31"));
        assertThat(tb.balance(AccountRef.of("706"), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("622"), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("120"), EUR)).isEqualTo(eur("-700.00"));
        assertThat(years.result(Actor.system(), Y2026, EUR)).isEqualTo(eur("700.00"));
        assertThat(years.get(Actor.system(), Y2026).status()).isEqualTo(FiscalYearStatus.CLOSED);

        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("late", day("2026-12-15"), "Late invoice",
                debit("622", eur("10.00")), credit("512", eur("10.00")))))
                .isInstanceOf(FiscalYearClosed.class)
                .hasMessageContaining("cannot post on 2026-12-15: fiscal year 2026 is closed")
                .hasMessageContaining("The board or the treasurer can reopen 2026 with a reason")
                .hasMessageContaining("otherwise date it in an open fiscal year");
    }

    @EachDatabase
    void a_closed_year_reopens_for_a_late_adjustment_and_closes_again_but_a_locked_year_stays_shut(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        FiscalYearService years = books.ledger().fiscalYears();
        books.clock().set(java.time.Instant.parse("2027-01-05T09:00:00Z"));
        journal.post(treasurer(), PostEntry.of("s1", day("2026-03-01"), "Sales", debit("512", eur("500.00")), credit("706", eur("500.00"))));
        years.close(treasurer(), Y2026);

        years.reopen(treasurer(), Y2026, "late supplier invoice");
        journal.post(treasurer(), PostEntry.of("late", day("2026-12-15"), "Late invoice", debit("622", eur("50.00")), credit("512", eur("50.00"))));
        ClosingResult second = years.close(treasurer(), Y2026);
        FiscalYear locked = years.lock(treasurer(), Y2026, "accounts approved by the assembly of 2027-06-12");

        assertThat(second.results()).containsEntry("EUR", eur("-50.00"));
        assertThat(second.year().closings()).isEqualTo(2);
        assertThat(years.result(Actor.system(), Y2026, EUR)).isEqualTo(eur("450.00"));
        assertThat(journal.trialBalance(treasurer(), day("2026-12-31")).balance(AccountRef.of("120"), EUR)).isEqualTo(eur("-450.00"));
        assertThat(locked.status()).isEqualTo(FiscalYearStatus.LOCKED);
        assertThatThrownBy(() -> years.reopen(treasurer(), Y2026, "again")).isInstanceOf(IllegalYearTransition.class);
        assertThatThrownBy(() -> journal.post(treasurer(), PostEntry.of("later", day("2026-12-20"), "x",
                debit("622", eur("1.00")), credit("512", eur("1.00"))))).isInstanceOf(FiscalYearClosed.class);
    }

    @EachDatabase
    void postings_racing_the_closing_either_land_before_it_and_are_closed_or_are_refused(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Journal journal = books.ledger().journal();
        books.clock().set(java.time.Instant.parse("2026-12-31T17:00:00Z"));
        journal.post(treasurer(), PostEntry.of("s0", day("2026-12-01"), "Sales", debit("512", eur("100.00")), credit("706", eur("100.00"))));

        var outcomes = org.coopkit.core.testing.Concurrently.run(21, 8, i -> i == 10
                ? books.ledger().fiscalYears().close(treasurer(), Y2026)
                : journal.post(treasurer(), PostEntry.of("s" + (i + 1), day("2026-12-31"), "Late sale " + i,
                        debit("512", eur("10.00")), credit("706", eur("10.00")))));

        long landed = outcomes.stream().filter(o -> o.ok() && !(o.value() instanceof ClosingResult)).count();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.ok() || o.error() instanceof FiscalYearClosed).as(String.valueOf(o.error())).isTrue());
        TrialBalance tb = journal.trialBalance(treasurer(), day("2026-12-31"));
        assertThat(tb.balance(AccountRef.of("706"), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("120"), EUR)).isEqualTo(eur("-100.00").minus(eur("10.00").times(landed)));
        assertThat(books.ledger().fiscalYears().result(Actor.system(), Y2026, EUR)).isEqualTo(eur("100.00").plus(eur("10.00").times(landed)));
    }

    @EachDatabase
    void overlapping_fiscal_years_are_refused(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        FiscalYearService years = books.ledger().fiscalYears();

        assertThatThrownBy(() -> years.open(treasurer(), FiscalYear.open(FiscalYearId.of("2026-27"), day("2026-07-01"), day("2027-06-30"))))
                .isInstanceOf(InvalidFiscalYear.class).hasMessageContaining("overlaps 2026");
        years.open(treasurer(), FiscalYear.calendar(2027));
        assertThat(years.all(Actor.system())).extracting(FiscalYear::id).containsExactly(Y2026, FiscalYearId.of(2027));
    }
}
