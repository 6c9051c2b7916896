package org.coopkit.ledger.testing;

import static org.coopkit.ledger.journal.JournalLine.credit;
import static org.coopkit.ledger.journal.JournalLine.debit;
import static org.coopkit.ledger.testing.LedgerFixtures.day;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.RecordActivity;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * The worked example of the README in a real database: Ana, Ben and Chloé, a EUR 10,000.00 surplus
 * in 2026, the year closed, 2027 open and the clock on the day of the general assembly.
 */
public final class WorkedExampleBooks {
    public static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    private WorkedExampleBooks() {
    }

    public record Coop(Books books, Member ana, Member ben, Member chloe) {
        public LedgerModule ledger() {
            return books.ledger();
        }
    }

    public static Coop open(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        LedgerModule ledger = books.ledger();
        Member ana = books.member("Ana", "user");
        Member ben = books.member("Ben", "provider");
        Member chloe = books.member("Chloé", "worker");
        Member applicant = CoreFixtures.applicant(books.core(), "Not Yet", "user");
        capital(books, ana, 200);
        capital(books, ben, 300);
        capital(books, chloe, 100);
        ledger.journal().post(treasurer(), PostEntry.of("opening", day("2026-01-01"), "Legal reserve brought forward",
                debit("512", eur("2000.00")), credit("1061", eur("2000.00"))));
        ledger.journal().post(treasurer(), PostEntry.of("sales", day("2026-06-30"), "Platform sales H1",
                debit("512", eur("25000.00")), credit("706", eur("25000.00"))));
        ledger.journal().post(treasurer(), PostEntry.of("costs", day("2026-11-30"), "Operating costs",
                debit("622", eur("15000.00")), credit("512", eur("15000.00"))));
        var p = ledger.patronage();
        for (Member m : new Member[] {ana, ben, chloe}) {
            p.record(Actor.system(), RecordActivity.byMember("purchases-" + m.name(), m.id(), day("2026-04-01"), PatronageKind.PURCHASES, eur("400.00")));
        }
        p.record(Actor.system(), RecordActivity.byMember("sales-ben", ben.id(), day("2026-05-01"), PatronageKind.SALES, eur("2500.00")));
        p.record(Actor.system(), RecordActivity.byMember("hours-chloe", chloe.id(), day("2026-09-01"), PatronageKind.WORK_HOURS, eur("2400.00"))
                .withVolume(new BigDecimal("120")));
        p.record(Actor.system(), RecordActivity.byNonMember("guest-1", "Guest renter", day("2026-07-01"), PatronageKind.PURCHASES, eur("4000.00")));
        p.record(Actor.system(), RecordActivity.byMember("applicant-1", applicant.id(), day("2026-07-02"), PatronageKind.PURCHASES, eur("1000.00")));
        books.clock().set(LocalDate.of(2027, 1, 8).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        ledger.fiscalYears().close(treasurer(), Y2026);
        ledger.fiscalYears().open(treasurer(), FiscalYear.calendar(2027));
        books.clock().set(LocalDate.of(2027, 5, 15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return new Coop(books, ana, ben, chloe);
    }

    public static void capital(Books books, Member m, int shares) {
        books.core().capital().subscribe(Actor.system(), m.id(), shares);
        books.core().capital().recordPayment(Actor.system(), m.id(), eur("20.00").times(shares));
    }

}
