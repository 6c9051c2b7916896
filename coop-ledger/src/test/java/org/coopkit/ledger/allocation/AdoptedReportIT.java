package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.ledger.testing.LedgerFixtures.eur;
import static org.coopkit.ledger.testing.LedgerFixtures.treasurer;

import java.time.Instant;
import java.time.LocalDate;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.LedgerSettings;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.testing.LedgerFixtures;
import org.coopkit.ledger.testing.LedgerFixtures.Books;
import org.coopkit.ledger.testing.WorkedExampleBooks;
import org.coopkit.ledger.testing.WorkedExampleBooks.Coop;

/** Issue 13: a closed year's report comes from figures as of its end; once adopted it is stored and reproduced byte for byte. */
class AdoptedReportIT {
    static final FiscalYearId Y2026 = FiscalYearId.of(2026);

    @EachDatabase
    void the_closed_years_report_is_unchanged_by_later_members_and_capital_and_once_adopted_is_reproduced_byte_for_byte(TestDatabase db) {
        Coop coop = WorkedExampleBooks.open(db);
        Actor tess = CoreFixtures.actor(coop.books().core(), CoreFixtures.admittedWithRole(coop.books().core(), "Tess Treasurer", "worker", Role.TREASURER));
        AllocationService allocations = coop.ledger().allocations();
        var capital = coop.books().core().capital();
        String closedJson = RedistributionFormats.json(allocations.report(tess, Y2026));

        // 2027: Ana subscribes more shares; the 2026 report (not adopted yet) still uses capital held at the end of 2026
        capital.subscribe(tess, coop.ana().id(), 50);
        capital.recordPayment(tess, coop.ana().id(), eur("1000.00"));
        assertThat(RedistributionFormats.json(allocations.report(tess, Y2026))).isEqualTo(closedJson);

        DecisionHandlers handlers = new DecisionHandlers();
        coop.ledger().registerDecisionHandlers(handlers);
        handlers.apply("resolution-1", new Decision(SurplusAllocationHandler.KIND, "{\"fiscalYear\":\"2026\"}"));
        RedistributionReport adopted = allocations.report(tess, Y2026);
        String json = RedistributionFormats.json(adopted);
        String csv = RedistributionFormats.csv(adopted);
        String draft = DraftResolution.text(adopted);
        assertThat(json).isEqualTo(closedJson);

        // later: a member joins with capital, Chloé leaves and is paid back, someone's name is corrected in the register
        Member dora = coop.books().member("Dora", "user");
        capital.subscribe(tess, dora.id(), 10);
        capital.recordPayment(tess, dora.id(), eur("200.00"));
        coop.books().core().members().withdraw(Actor.system(), coop.chloe().id(), "moving away");
        capital.redeem(tess, coop.chloe().id(), eur("2000.00"));
        Member ana = coop.ana();
        coop.books().core().members().rectify(CoreFixtures.actor(coop.books().core(), ana), ana.id(),
                new org.coopkit.core.members.ContactDetails("Ana Married-Name", ana.email(), ana.address()));
        coop.books().clock().set(Instant.parse("2027-09-01T10:00:00Z"));

        RedistributionReport again = allocations.report(tess, Y2026);
        assertThat(RedistributionFormats.json(again)).isEqualTo(json);
        assertThat(RedistributionFormats.csv(again)).isEqualTo(csv);
        assertThat(DraftResolution.text(again)).isEqualTo(draft);
        assertThat(allocations.verifyAdopted(tess)).singleElement().satisfies(c -> {
            assertThat(c.intact()).isTrue();
            assertThat(c.booksAgree()).as("the books read today name Ana differently").isFalse();
        });
        assertThat(json).contains("\"Ana\"").doesNotContain("Married-Name");

        // a stored report edited behind the ledger's back is caught
        var tx = coop.books().database().transactions();
        tx.run(() -> tx.entityManager().createNativeQuery(
                "update ledger_adopted_report_parts set text = replace(text, '1166.67', '9166.67') where part_kind = 'report'").executeUpdate());
        assertThat(allocations.verifyAdopted(tess)).singleElement().satisfies(c -> {
            assertThat(c.hashMatches()).isFalse();
            assertThat(c.intact()).isFalse();
        });
    }

    @EachDatabase
    void pro_rata_temporis_interest_counts_capital_by_the_days_it_was_held(TestDatabase db) {
        var database = db.open(db.config(), org.coopkit.core.CoreModule.SCHEMA, LedgerModule.SCHEMA);
        var clock = org.coopkit.core.testing.MutableClock.on(LocalDate.of(2026, 1, 1));
        var core = new org.coopkit.core.CoreModule(database, clock, org.coopkit.core.statutes.CoopStatutes.defaults());
        LedgerModule ledger = new LedgerModule(database, clock, core, AllocationPolicy.generic(),
                LedgerSettings.defaults().withInterestBasis(InterestBasis.PRO_RATA_TEMPORIS));
        ledger.fiscalYears().open(treasurer(), org.coopkit.ledger.fiscal.FiscalYear.calendar(2026));
        Books books = new Books(database, core, ledger, clock);
        Member ana = books.member("Ana", "user");
        Member ben = books.member("Ben", "user");
        var capital = books.core().capital();
        books.clock().set(LocalDate.of(2026, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        capital.subscribe(treasurer(), ana.id(), 10);
        capital.recordPayment(treasurer(), ana.id(), eur("200.00"));
        books.clock().set(LocalDate.of(2026, 7, 2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        capital.subscribe(treasurer(), ben.id(), 10);
        capital.recordPayment(treasurer(), ben.id(), eur("200.00"));

        RedistributionInputs in = ledger.allocations().inputs(treasurer(), Y2026);

        assertThat(in.members()).extracting(MemberInput::name, MemberInput::paidUpCapital).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Ana", eur("200.00")),
                org.assertj.core.groups.Tuple.tuple("Ben", eur("100.27"))); // held 183 of 365 days (2 July to 31 December)
        assertThat(in.capital()).as("the legal reserve is still measured against year-end capital").isEqualTo(eur("400.00"));

    }
}
