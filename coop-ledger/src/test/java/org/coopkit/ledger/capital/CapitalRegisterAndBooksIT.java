package org.coopkit.ledger.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.capital.CapitalCheck;
import org.coopkit.core.capital.CapitalRefused;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.capital.RefundConversion;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.money.Money;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.SeededRandom;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.fiscal.FiscalYearClosed;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;

/**
 * Issue 13: one source of truth for capital. Core's register and the ledger's member capital
 * accounts agree after any sequence of subscriptions, payments, refunds taken as shares and
 * redemptions (property over seeded random sequences; the seed is printed and in every message),
 * on every day of the history, and a movement the books refuse leaves the register unchanged.
 */
class CapitalRegisterAndBooksIT {
    @EachDatabase
    void register_and_books_agree_after_random_years_of_capital_movements_on_every_day(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        Actor bea = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Bea Board", "worker", Role.BOARD));
        CapitalService capital = books.core().capital();
        Money nominal = books.core().statutes().shareNominal();
        long[] seeds = SeededRandom.seeds(4).mapToLong(Long::longValue).toArray();
        int operations = 0;
        for (long seed : seeds) {
            System.out.println("[" + db.kind() + "] capital property, seed " + seed);
            Random rnd = SeededRandom.random(seed);
            books.clock().set(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneOffset.UTC).toInstant());
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < 4; i++) members.add(books.member("Seed " + seed + " member " + i, "user"));
            List<LocalDate> days = new ArrayList<>();
            for (int step = 0; step < 30; step++) {
                books.clock().advance(Duration.ofDays(rnd.nextInt(6)));
                Member m = members.get(rnd.nextInt(members.size()));
                Member now = books.core().members().get(bea, m.id());
                CapitalAccount a = capital.account(tess, m.id());
                String what = "seed " + seed + " step " + step;
                switch (rnd.nextInt(6)) {
                    case 0, 1 -> {
                        if (!now.status().isFinal()) capital.subscribe(bea, m.id(), 1 + rnd.nextInt(20));
                    }
                    case 2 -> {
                        if (a.unpaid().isPositive()) {
                            long cents = a.unpaid().amount().movePointRight(2).longValueExact();
                            capital.recordPayment(tess, m.id(), Money.of(java.math.BigDecimal.valueOf(1 + (long) (rnd.nextDouble() * (cents - 1)), 2), "EUR"));
                        } else {
                            assertThatThrownBy(() -> capital.recordPayment(tess, m.id(), eur("1.00"))).as(what).isInstanceOf(CapitalRefused.class);
                        }
                    }
                    case 3 -> {
                        Money refund = Money.of(java.math.BigDecimal.valueOf(rnd.nextInt(10_000), 2), "EUR");
                        creditRefund(books, m, refund, seed + "-" + step);
                        RefundConversion c = capital.convertRefund(tess, m.id(), refund, "seed " + seed + " step " + step);
                        assertThat(c.converted().plus(c.remainder())).as(what).isEqualTo(refund);
                        if (now.status().isFinal()) {
                            assertThat(c.shares()).as(what + ": a member who left converts nothing").isZero();
                        } else {
                            assertThat(c.remainder().isLessThan(nominal)).as(what + ": the remainder is less than a share").isTrue();
                        }
                    }
                    case 4 -> {
                        if (now.status() == MemberStatus.MEMBER && rnd.nextInt(3) == 0) books.core().members().withdraw(bea, m.id(), "moving away");
                    }
                    default -> {
                        if (now.status().isFinal() && a.held().isPositive()) {
                            capital.redeem(tess, m.id(), a.held().min(a.subscribed().minus(a.redeemed())));
                        }
                    }
                }
                operations++;
                days.add(LocalDate.now(books.clock()));
                CapitalCheck check = capital.checkAgainstBooks(tess, LocalDate.now(books.clock()));
                assertThat(check.differences()).as(what).isEmpty();
            }
            for (LocalDate d : days) {
                assertThat(capital.checkAgainstBooks(tess, d).differences()).as("seed " + seed + " on " + d).isEmpty();
                for (Member m : members) {
                    Money inBooks = books.ledger().journal().balance(tess, AccountRef.of("1013", m.id()), nominal.currency(), d).negate();
                    assertThat(capital.accountOn(tess, m.id(), d).held()).as("seed " + seed + ": capital of " + m.name() + " on " + d).isEqualTo(inBooks);
                }
            }
        }
        assertThat(operations).isEqualTo(120);
    }

    @EachDatabase
    void a_capital_movement_the_books_refuse_changes_nothing_and_the_check_names_a_member_where_they_differ(TestDatabase db) {
        Books books = LedgerFixtures.books(db);
        Actor tess = CoreFixtures.actor(books.core(), CoreFixtures.admittedWithRole(books.core(), "Tess Treasurer", "worker", Role.TREASURER));
        Member ana = books.member("Ana", "user");
        Member ben = books.member("Ben", "user");
        CapitalService capital = books.core().capital();
        capital.subscribe(tess, ana.id(), 5);
        capital.recordPayment(tess, ana.id(), eur("100.00"));
        books.clock().set(java.time.Instant.parse("2026-12-31T20:00:00Z"));
        var years = books.ledger().fiscalYears();
        years.close(tess, FiscalYearId.of(2026), years.previewClosing(tess, FiscalYearId.of(2026)).fingerprint());

        assertThatThrownBy(() -> capital.subscribe(tess, ben.id(), 3)).isInstanceOf(FiscalYearClosed.class);
        assertThat(capital.account(tess, ben.id()).shares()).as("the register did not take the refused subscription").isZero();

        // an entry behind the register's back: the check names the member
        years.reopen(tess, FiscalYearId.of(2026), "test");
        books.ledger().journal().post(tess, PostEntry.of("manual", LocalDate.of(2026, 12, 31), "Manual capital",
                JournalLine.debit("512", eur("40.00")), JournalLine.credit("1013", ben.id(), eur("40.00"))));
        CapitalCheck check = capital.checkAgainstBooks(tess, LocalDate.of(2026, 12, 31));
        assertThat(check.agrees()).isFalse();
        assertThat(check.differences()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Ben");
            assertThat(d.register()).isEqualTo(eur("0.00"));
            assertThat(d.books()).isEqualTo(eur("40.00"));
        });
    }

    static void creditRefund(Books books, Member m, Money refund, String key) {
        if (!refund.isPositive()) return;
        books.ledger().journal().post(Actor.system(), PostEntry.of("refund-" + key, LocalDate.now(books.clock()), "Refund due",
                JournalLine.debit("120", refund), JournalLine.credit("4551", m.id(), refund)));
    }
}
