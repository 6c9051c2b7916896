package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * The redistribution report reads its inputs with a fixed number of statements, whatever the number
 * of members: the patronage sums per member and kind and the capital per member each come from one
 * {@code GROUP BY} query (docs/performance.md). It used to send one capital query per member.
 */
class RedistributionStatementsIT {
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void the_report_sends_as_many_statements_for_twelve_members_as_for_four(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        books.ledger().journal().post(treasurer(), PostEntry.of("sales", day("2026-03-01"), "Sales of the year",
                JournalLine.debit("512", eur("10000.00")), JournalLine.credit("706", eur("10000.00"))));
        addMembers(books, 4);
        long few = statementsOfReport(books);
        RedistributionReport before = books.ledger().allocations().report(treasurer(), Y2026);

        addMembers(books, 8);
        long many = statementsOfReport(books);
        RedistributionReport after = books.ledger().allocations().report(treasurer(), Y2026);

        assertThat(many).as("statements with 12 members against 4").isEqualTo(few);
        // one patronage GROUP BY for members and non-members, the members read once (a second scan or read shows here)
        assertThat(few).as("statements of the report").isLessThanOrEqualTo(REPORT_STATEMENTS);
        assertThat(before.lines()).hasSize(4);
        assertThat(after.lines()).hasSize(12);
    }

    @EachDatabase
    void a_members_statement_sends_as_many_statements_for_twelve_members_as_for_four(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        books.ledger().journal().post(treasurer(), PostEntry.of("sales", day("2026-03-01"), "Sales of the year",
                JournalLine.debit("512", eur("10000.00")), JournalLine.credit("706", eur("10000.00"))));
        Member first = addMembers(books, 4);
        long few = statementsOfStatement(books, first);
        MemberStatement before = books.ledger().allocations().statement(treasurer(), first.id(), Y2026);

        addMembers(books, 8);
        long many = statementsOfStatement(books, first);
        MemberStatement after = books.ledger().allocations().statement(treasurer(), first.id(), Y2026);

        assertThat(many).as("statements with 12 members against 4").isEqualTo(few);
        // the report's reads once, then this member's capital and records: not the whole register a second time
        assertThat(few).as("statements of a member's statement").isLessThanOrEqualTo(STATEMENT_STATEMENTS);
        assertThat(before.refund()).isEqualTo(before.line().orElseThrow().refund());
        assertThat(after.paidUpCapital()).isEqualTo(before.paidUpCapital());
        assertThat(after.refund()).isEqualTo(books.ledger().allocations().report(treasurer(), Y2026).lineOf(first.id()).orElseThrow().refund());
    }

    static final long REPORT_STATEMENTS = 10;
    static final long STATEMENT_STATEMENTS = 15;

    private static long statementsOfStatement(Books books, Member member) {
        Transactions tx = books.database().transactions();
        long before = tx.statementsOnThisThread();
        books.ledger().allocations().statement(treasurer(), member.id(), Y2026);
        return tx.statementsOnThisThread() - before;
    }

    private static long statementsOfReport(Books books) {
        Transactions tx = books.database().transactions();
        long before = tx.statementsOnThisThread();
        books.ledger().allocations().report(treasurer(), Y2026);
        return tx.statementsOnThisThread() - before;
    }

    private static Member addMembers(Books books, int n) {
        Member first = null;
        for (int i = 0; i < n; i++) {
            Member m = CoreFixtures.admitted(books.core(), "Member " + i, "user");
            books.core().capital().subscribe(Actor.system(), m.id(), 2);
            books.ledger().patronage().record(treasurer(), RecordActivity.byMember("trip-" + m.id(), m.id(), day("2026-04-01"),
                    PatronageKind.PURCHASES, eur("120.00")));
            if (first == null) first = m;
        }
        return first;
    }
}
