package org.coopkit.core.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.NotAuthenticated;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditRecord;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.Concurrently.Outcome;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

class MembershipIT {
    static final MutableClock CLOCK = MutableClock.on(LocalDate.of(2026, 3, 2));

    static CoreModule core(TestDatabase db) {
        Database database = db.open(db.config().withPoolSize(12), CoreModule.SCHEMA);
        return new CoreModule(database, CLOCK, CoopStatutes.defaults());
    }

    @EachDatabase
    void an_applicant_is_admitted_by_the_board_and_the_history_and_audit_tell_the_story(TestDatabase db) {
        CoreModule core = core(db);
        Actor board = Actor.system();

        Member applicant = core.members().apply(Actor.anonymous(),
                MemberApplication.of("Ada Lovelace", "Ada@Example.org", "user").withPassword("a long enough password"));
        assertThat(applicant.status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(applicant.membershipNumber()).isEmpty();
        assertThat(applicant.email()).isEqualTo("ada@example.org");

        Member member = core.members().admit(board, applicant.id(), "board meeting of 2 March");
        assertThat(member.status()).isEqualTo(MemberStatus.MEMBER);
        assertThat(member.membershipNumber()).contains(1L);

        Member suspended = core.members().suspend(board, member.id(), "unpaid shares");
        Member back = core.members().reinstate(board, suspended.id(), "shares paid");
        Member gone = core.members().withdraw(Actor.member(member.id()), back.id(), "moving abroad");

        assertThat(core.members().get(board, gone.id()).status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(core.members().history(board, member.id())).extracting(StatusChange::to).containsExactly(
                MemberStatus.APPLICANT, MemberStatus.MEMBER, MemberStatus.SUSPENDED, MemberStatus.MEMBER, MemberStatus.WITHDRAWN);
        assertThat(core.audit().about(member.id().toString())).extracting(AuditRecord::action).containsExactly(
                "member.applied", "member.admitted", "member.suspended", "member.reinstated", "member.withdrew");
        assertThat(core.audit().verify().intact()).isTrue();
    }

    @EachDatabase
    void illegal_transitions_are_refused_and_change_nothing(TestDatabase db) {
        CoreModule core = core(db);
        Actor board = Actor.system();
        Member applicant = CoreFixtures.applicant(core, "Bea", "user");
        Member excluded = CoreFixtures.admitted(core, "Cy", "provider");
        core.members().exclude(board, excluded.id(), "fraud");

        assertThatThrownBy(() -> core.members().suspend(board, applicant.id(), "no")).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> core.members().reinstate(board, applicant.id(), "no")).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> core.members().admit(board, excluded.id(), "again")).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> core.members().reinstate(board, excluded.id(), "again")).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> core.members().withdraw(board, excluded.id(), "again")).isInstanceOf(IllegalTransition.class);
        Member admitted = CoreFixtures.admitted(core, "Di", "user");
        assertThatThrownBy(() -> core.members().admit(board, admitted.id(), "twice")).isInstanceOf(IllegalTransition.class);

        assertThat(core.members().get(board, applicant.id()).status()).isEqualTo(MemberStatus.APPLICANT);
        assertThat(core.members().get(board, excluded.id()).status()).isEqualTo(MemberStatus.EXCLUDED);
        assertThat(core.members().history(board, excluded.id())).hasSize(3);
    }

    @EachDatabase
    void fifty_concurrent_admissions_get_fifty_distinct_consecutive_numbers(TestDatabase db) {
        CoreModule core = core(db);
        CoreFixtures.admitted(core, "First", "user"); // number 1
        List<Member> applicants = IntStream.range(0, 50).mapToObj(i -> CoreFixtures.applicant(core, "P" + i, "user")).toList();

        List<Outcome<Member>> outcomes = Concurrently.run(50, 10,
                i -> core.members().admit(Actor.system(), applicants.get(i).id(), "batch"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        List<Long> numbers = outcomes.stream().map(o -> o.value().membershipNumber().orElseThrow()).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(2, 51).mapToObj(i -> (long) i).toList());
        assertThat(core.audit().verify().intact()).isTrue();
    }

    @EachDatabase
    void a_duplicate_email_is_refused_also_when_two_applications_race(TestDatabase db) {
        CoreModule core = core(db);
        core.members().apply(Actor.anonymous(), MemberApplication.of("Ed", "ed@example.org", "user"));
        assertThatThrownBy(() -> core.members().apply(Actor.anonymous(), MemberApplication.of("Ed Two", " ED@example.org ", "user")))
                .isInstanceOf(DuplicateEmail.class);

        List<Outcome<Member>> race = Concurrently.run(10, 10,
                i -> core.members().apply(Actor.anonymous(), MemberApplication.of("Racer " + i, "racer@example.org", "worker")));

        assertThat(race.stream().filter(Outcome::ok)).hasSize(1);
        assertThat(race.stream().filter(o -> !o.ok())).allSatisfy(o -> assertThat(o.error()).isInstanceOf(DuplicateEmail.class));
        assertThat(core.members().list(Actor.system(), 0, 100).total()).isEqualTo(2);
    }

    @EachDatabase
    void members_read_only_their_own_record_and_bad_applications_name_the_field(TestDatabase db) {
        CoreModule core = core(db);
        Member a = CoreFixtures.admitted(core, "Fay", "user");
        Member b = CoreFixtures.admitted(core, "Gus", "user");
        Actor fay = CoreFixtures.actor(core, a);

        assertThat(core.members().get(fay, a.id()).name()).isEqualTo("Fay");
        assertThatThrownBy(() -> core.members().get(fay, b.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> core.members().list(fay, 0, 10)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> core.members().admit(fay, b.id(), "x")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> core.members().get(Actor.anonymous(), a.id())).isInstanceOf(NotAuthenticated.class);

        assertThatThrownBy(() -> core.members().apply(Actor.anonymous(), MemberApplication.of("", "not-an-email", "pilot")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "email", "category"));
        assertThat(core.members().list(Actor.system(), 0, 10).total()).isEqualTo(2);
    }

    @EachDatabase
    void the_register_lists_every_member_in_number_order_for_the_board(TestDatabase db) {
        CoreModule core = core(db);
        Member a = CoreFixtures.admitted(core, "Hal", "user");
        CoreFixtures.admitted(core, "Ida", "provider");
        Member board = CoreFixtures.admittedWithRole(core, "Jo", "worker", Role.BOARD);

        String csv = core.members().registerCsv(CoreFixtures.actor(core, board));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("membership_number,name,email,category,status");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1,Hal,");
        assertThat(lines.get(2)).startsWith("2,Ida,");
        assertThatThrownBy(() -> core.members().registerCsv(CoreFixtures.actor(core, a))).isInstanceOf(AccessDenied.class);
    }
}
