package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;
import org.coopkit.ledger.testing.WorkedExampleBooks;
import org.coopkit.ledger.testing.WorkedExampleBooks.Coop;

/** The worked example, in a real database: from the year's business to the adopted allocation in the books. */
class RedistributionIT {
    static final Currency EUR = Currency.getInstance("EUR");
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void the_books_of_the_worked_example_give_its_figures_and_the_adopted_allocation_is_posted_once(TestDatabase db) {
        Coop coop = WorkedExampleBooks.open(db);
        AllocationService allocations = coop.ledger().allocations();
        allocations.chooseRefund(CoreFixtures.actor(coop.books().core(), coop.ben()), coop.ben().id(), Y2026, RefundChoice.SHARES);

        RedistributionReport report = allocations.report(treasurer(), Y2026);

        assertThat(report.result()).isEqualTo(eur("10000.00"));
        assertThat(report.steps()).extracting(WaterfallStep::amount)
                .containsExactly(eur("1500.00"), eur("360.00"), eur("5000.00"), eur("1000.00"), eur("2140.00"));
        assertThat(report.lines()).extracting(MemberLine::name, MemberLine::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ana", eur("1286.67")),
                org.assertj.core.groups.Tuple.tuple("Ben", eur("2346.67")),
                org.assertj.core.groups.Tuple.tuple("Chloé", eur("1726.66")));
        assertThat(report.nonMemberVolumes()).containsEntry(PatronageKind.PURCHASES, new BigDecimal("5000.0000"));

        DecisionHandlers handlers = new DecisionHandlers();
        coop.ledger().registerDecisionHandlers(handlers);
        Decision adopted = new Decision(SurplusAllocationHandler.KIND, DraftResolution.decisionPayload(report));
        handlers.apply("resolution-7", adopted);
        handlers.apply("resolution-7", adopted);
        handlers.apply("resolution-8-replayed", adopted);

        PostedAllocation posted = allocations.posted(Actor.system(), Y2026).orElseThrow();
        assertThat(posted.decisionId()).isEqualTo("resolution-7");
        JournalEntry entry = coop.ledger().journal().find(treasurer(), posted.entry()).orElseThrow();
        assertThat(entry.date()).isEqualTo(day("2027-05-15"));
        assertThat(entry.lines()).contains(
                debit("120", eur("10000.00")),
                credit("1061", eur("1500.00")),
                credit("1064", eur("2140.00")),
                credit("1068", eur("1000.00")),
                credit("4551", coop.ana().id(), eur("1166.67")),
                credit("4551", coop.ben().id(), eur("2166.67")),
                credit("4551", coop.chloe().id(), eur("1666.66")),
                credit("4552", coop.ana().id(), eur("120.00")));
        TrialBalance tb = coop.ledger().journal().trialBalance(treasurer(), day("2027-05-31"));
        assertThat(tb.balance(AccountRef.of("120"), EUR).isZero()).isTrue();
        assertThat(tb.balance(AccountRef.of("4551", coop.chloe().id()), EUR)).isEqualTo(eur("-1666.66"));
        assertThat(tb.balanced()).isTrue();
        // Ben took his refund as shares: 108 whole shares of 20.00 in core's register, paid from the refund; 6.67 stays payable
        assertThat(coop.books().core().capital().account(treasurer(), coop.ben().id()).shares()).isEqualTo(300 + 108);
        assertThat(tb.balance(AccountRef.of("1013", coop.ben().id()), EUR)).isEqualTo(eur("-8160.00"));
        assertThat(tb.balance(AccountRef.of("4551", coop.ben().id()), EUR)).isEqualTo(eur("-6.67"));
        assertThat(coop.books().core().capital().checkAgainstBooks(treasurer(), day("2027-05-31")).agrees()).isTrue();
        assertThat(coop.ledger().journal().page(treasurer(), 0, 50).entries()).filteredOn(e -> e.memo().startsWith("Allocation")).hasSize(1);
        assertThat(coop.ledger().journal().verify(treasurer()).intact()).isTrue();
        assertThatThrownBy(() -> allocations.chooseRefund(treasurer(), coop.ana().id(), Y2026, RefundChoice.SHARES))
                .isInstanceOf(AllocationNotReady.class);
    }

    @EachDatabase
    void an_adoption_replayed_concurrently_posts_the_allocation_once(TestDatabase db) {
        Coop coop = WorkedExampleBooks.open(db);
        DecisionHandlers handlers = new DecisionHandlers();
        coop.ledger().registerDecisionHandlers(handlers);
        Decision adopted = new Decision(SurplusAllocationHandler.KIND, "{\"fiscalYear\":\"2026\"}");

        var outcomes = org.coopkit.core.testing.Concurrently.run(8, 8, i -> {
            handlers.apply("resolution-" + i, adopted);
            return coop.ledger().allocations().posted(Actor.system(), Y2026).orElseThrow();
        });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes.stream().map(o -> o.value().entry()).distinct()).hasSize(1);
        assertThat(coop.ledger().journal().page(treasurer(), 0, 50).entries()).filteredOn(e -> e.memo().startsWith("Allocation")).hasSize(1);
    }

    @EachDatabase
    void a_member_reads_their_own_statement_but_not_another_members(TestDatabase db) {
        Coop coop = WorkedExampleBooks.open(db);
        Actor ana = CoreFixtures.actor(coop.books().core(), coop.ana());

        MemberStatement statement = coop.ledger().allocations().statement(ana, coop.ana().id(), Y2026);

        assertThat(statement.patronage().volume(PatronageKind.PURCHASES)).isEqualByComparingTo("400");
        assertThat(statement.paidUpCapital()).isEqualTo(eur("4000.00"));
        assertThat(statement.refund()).isEqualTo(eur("1166.67"));
        assertThat(statement.capitalInterest()).isEqualTo(eur("120.00"));
        assertThat(statement.refundChoice()).isEqualTo(RefundChoice.PAYABLE);
        assertThat(statement.posted()).isFalse();
        assertThatThrownBy(() -> coop.ledger().allocations().statement(ana, coop.ben().id(), Y2026)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> coop.ledger().allocations().report(ana, Y2026)).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void an_open_year_is_not_allocated(TestDatabase db) {
        Books books = LedgerFixtures.books(db);

        assertThatThrownBy(() -> books.ledger().allocations().postAdopted(LedgerFixtures.treasurer(), "r1", Y2026))
                .isInstanceOf(AllocationNotReady.class).hasMessageContaining("still open");
    }
}
