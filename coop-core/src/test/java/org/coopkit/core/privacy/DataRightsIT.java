package org.coopkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.auth.InvalidCredentials;
import org.coopkit.core.capital.CapitalRegister;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.errors.Conflict;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MemberTables;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

class DataRightsIT {
    record Setup(Database db, CoreModule core, MutableClock clock) {
    }

    static Setup start(TestDatabase db) {
        Database database = db.open(CoreModule.SCHEMA);
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 6, 1));
        return new Setup(database, new CoreModule(database, clock, CoopStatutes.defaults()), clock);
    }

    @EachDatabase
    void every_core_table_holding_a_member_id_is_covered_by_the_export(TestDatabase db) {
        Setup s = start(db);
        assertThat(MemberTables.in(s.db())).isNotEmpty().isSubsetOf(s.core().personalData().coveredTables());
    }

    @EachDatabase
    void a_member_exports_their_own_data_and_gets_403_for_anothers(TestDatabase db) {
        CoreModule core = start(db).core();
        Member ada = CoreFixtures.admitted(core, "Ada", "user");
        Member bob = CoreFixtures.admitted(core, "Bob", "user");
        core.capital().subscribe(Actor.system(), ada.id(), 2);
        Actor adaActor = CoreFixtures.actor(core, ada);
        core.consents().grant(adaActor, ada.id(), "newsletter");

        Map<String, Object> doc = core.privacy().export(adaActor, ada.id());
        assertThat(doc).containsEntry("schema", "coopkit.member-export/1").containsEntry("member", ada.id().toString());
        @SuppressWarnings("unchecked") Map<String, Object> membership = (Map<String, Object>) ((Map<String, Object>) doc.get("sections")).get("membership");
        assertThat(membership).containsKeys("profile", "history", "capital", "roles", "apiTokens", "consents", "accessLog", "loyaltyReports");
        assertThat((List<?>) membership.get("capital")).hasSize(1);
        assertThat((List<?>) membership.get("consents")).hasSize(1);

        assertThatThrownBy(() -> core.privacy().export(adaActor, bob.id())).isInstanceOf(AccessDenied.class);
        Actor board = CoreFixtures.actor(core, CoreFixtures.admittedWithRole(core, "Board", "worker", Role.BOARD));
        assertThatThrownBy(() -> core.privacy().export(board, bob.id())).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void reads_by_the_board_are_in_the_access_log_and_the_members_own_reads_are_not(TestDatabase db) {
        Setup s = start(db);
        CoreModule core = s.core();
        Member ada = CoreFixtures.admitted(core, "Ada", "user");
        Actor adaActor = CoreFixtures.actor(core, ada);
        Actor board = CoreFixtures.actor(core, CoreFixtures.admittedWithRole(core, "Board", "worker", Role.BOARD));

        core.members().get(adaActor, ada.id());
        core.members().get(board, ada.id());
        s.clock().advance(java.time.Duration.ofMinutes(5));
        core.members().registerCsv(board);

        List<AccessRecord> log = core.privacy().accessLog(adaActor, ada.id());
        assertThat(log).extracting(AccessRecord::why).containsExactly("member record read", "member register export");
        assertThat(log).allSatisfy(a -> assertThat(a.reader()).isEqualTo(board.name()));
        assertThatThrownBy(() -> core.privacy().accessLog(board, ada.id())).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void consent_is_opt_in_dated_revocable_and_checked_by_processing(TestDatabase db) {
        CoreModule core = start(db).core();
        Member ada = CoreFixtures.admitted(core, "Ada", "user");
        Member bob = CoreFixtures.admitted(core, "Bob", "user");
        Actor adaActor = CoreFixtures.actor(core, ada);
        Actor board = CoreFixtures.actor(core, CoreFixtures.admittedWithRole(core, "Board", "worker", Role.BOARD));

        assertThat(core.consents().consenting(board, "newsletter")).isEmpty(); // nothing pre-ticked
        assertThatThrownBy(() -> core.consents().require(ada.id(), "newsletter")).isInstanceOf(ConsentMissing.class);
        core.consents().grant(adaActor, ada.id(), "newsletter");
        assertThat(core.consents().consenting(board, "newsletter")).extracting(Member::id).containsExactly(ada.id());
        core.consents().revoke(adaActor, ada.id(), "newsletter");
        assertThat(core.consents().consenting(board, "newsletter")).isEmpty();
        assertThat(core.consents().consents(adaActor, ada.id())).singleElement().satisfies(c -> assertThat(c.revokedAt()).isPresent());

        assertThatThrownBy(() -> core.consents().grant(adaActor, ada.id(), "selling-data")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> core.consents().grant(adaActor, ada.id(), "accounting")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("legal obligation");
        assertThatThrownBy(() -> core.consents().grant(adaActor, bob.id(), "newsletter")).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void erasure_pseudonymises_a_departed_member_and_keeps_totals_and_chains_whole(TestDatabase db) {
        CoreModule core = start(db).core();
        Member ada = CoreFixtures.admitted(core, "Ada Lovelace", "user");
        Member bob = CoreFixtures.admitted(core, "Bob", "user");
        core.capital().subscribe(Actor.system(), ada.id(), 3);
        core.capital().recordPayment(Actor.system(), ada.id(), Money.of("60.00", "EUR"));
        core.capital().subscribe(Actor.system(), bob.id(), 1);
        Actor adaActor = CoreFixtures.actor(core, ada);
        core.consents().grant(adaActor, ada.id(), "newsletter");
        core.loyalty().file(adaActor, "Price of long trips", "I think the hourly price for long trips is unfair to me, Ada.");

        assertThatThrownBy(() -> core.privacy().erase(adaActor, ada.id())).isInstanceOf(Conflict.class).hasMessageContaining("withdraws first");

        CapitalRegister before = core.capital().register(Actor.system());
        List<String> amountsBefore = before.accounts().stream().map(a -> a.member() + " " + a.shares() + " " + a.paid() + " " + a.held()).toList();
        core.members().withdraw(adaActor, ada.id(), "moving to Lisbon with my family");
        core.privacy().erase(Actor.system(), ada.id());

        Member erased = core.members().get(Actor.system(), ada.id());
        assertThat(erased.name()).isEqualTo("Erased member #1").doesNotContain("Ada");
        assertThat(erased.email()).endsWith("@invalid.coop");
        assertThat(erased.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(core.members().history(Actor.system(), ada.id())).allSatisfy(h -> assertThat(h.reason()).doesNotContain("Lisbon"));
        CapitalRegister after = core.capital().register(Actor.system());
        assertThat(after.accounts().stream().map(a -> a.member() + " " + a.shares() + " " + a.paid() + " " + a.held()).toList())
                .isEqualTo(amountsBefore);
        assertThat(List.of(after.totalShares(), after.totalSubscribed(), after.totalPaid(), after.totalHeld()))
                .isEqualTo(List.of(before.totalShares(), before.totalSubscribed(), before.totalPaid(), before.totalHeld()));
        assertThat(core.audit().verify().intact()).isTrue();
        assertThat(core.audit().latest(1).get(0).action()).isEqualTo("privacy.erased");
        assertThatThrownBy(() -> core.auth().login(ada.email(), CoreFixtures.PASSWORD, null)).isInstanceOf(InvalidCredentials.class);
        assertThat(core.loyalty().all(Actor.system())).singleElement().satisfies(r -> assertThat(r.text()).doesNotContain("Ada"));
        assertThatThrownBy(() -> core.privacy().erase(Actor.system(), ada.id())).isInstanceOf(Conflict.class);
    }

    @EachDatabase
    void the_data_policy_changes_only_by_an_adopted_decision_and_once(TestDatabase db) {
        CoreModule core = start(db).core();
        core.dataPolicy().ensureInitial();
        assertThat(core.dataPolicy().current().version()).isEqualTo(1);
        assertThat(core.dataPolicy().current().purposes()).extracting(Purpose::code).contains("newsletter", "partner-insurer");

        List<Purpose> fewer = core.dataPolicy().current().purposes().stream().filter(p -> !p.code().equals("partner-insurer")).toList();
        Decision d = DataPolicyService.decisionFor(fewer);
        core.dataPolicy().decisionHandler().apply("resolution-7", d);
        core.dataPolicy().decisionHandler().apply("resolution-7", d);

        assertThat(core.dataPolicy().current().version()).isEqualTo(2);
        assertThat(core.dataPolicy().current().purpose("partner-insurer")).isEmpty();
        assertThat(core.dataPolicy().history()).hasSize(2);
    }

    @EachDatabase
    void the_board_answers_a_loyalty_report_once_and_the_member_sees_it(TestDatabase db) {
        CoreModule core = start(db).core();
        Actor ada = CoreFixtures.actor(core, CoreFixtures.admitted(core, "Ada", "user"));
        Actor board = CoreFixtures.actor(core, CoreFixtures.admittedWithRole(core, "Board", "worker", Role.BOARD));
        LoyaltyReport r = core.loyalty().file(ada, "Refused booking", "My booking was refused without a reason.");
        assertThatThrownBy(() -> core.loyalty().answer(ada, r.id(), "self-answer")).isInstanceOf(AccessDenied.class);
        core.loyalty().answer(board, r.id(), "The car was withdrawn for repairs; we will say so next time.");
        assertThat(core.loyalty().mine(ada)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(LoyaltyReport.Status.ANSWERED);
            assertThat(x.answer()).contains("The car was withdrawn for repairs; we will say so next time.");
        });
        assertThatThrownBy(() -> core.loyalty().answer(board, r.id(), "again")).isInstanceOf(Conflict.class);
    }
}
