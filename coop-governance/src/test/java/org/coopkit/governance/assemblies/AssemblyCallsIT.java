package org.coopkit.governance.assemblies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;

/** Assemblies as the law describes them (issue 14): first call on its date, second call with its own quorum. */
class AssemblyCallsIT {
    static final Actor BOARD = Actor.system();

    static List<Actor> members(Coop c, int n) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "M" + i, "user")));
        return out;
    }

    static Ballot resolution(Coop c, Assembly a, String question) {
        Ballot b = c.gov().assemblies().addResolution(BOARD, a.id(), BallotSpec.resolution(question, c.now(), a.firstCallAt().plus(Duration.ofHours(3))));
        return c.gov().voting().open(BOARD, b.id());
    }

    @EachDatabase
    void an_ordinary_assembly_missing_quorum_on_first_call_is_adjourned_and_its_second_call_needs_none(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        c.decisions().register("test.accounts", (id, d) -> applied.incrementAndGet());
        List<Actor> ten = members(c, 10);
        Assembly a = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM 2026", LocalDate.of(2026, 6, 1), c.inHours(24 * 15), c.inHours(24 * 22));
        Ballot accounts = c.gov().assemblies().addResolution(BOARD, a.id(), BallotSpec.resolution("Approve the 2025 accounts", c.now(),
                a.firstCallAt().plus(Duration.ofHours(3))).with(new Decision("test.accounts", "{}")));
        c.gov().voting().open(BOARD, accounts.id());
        c.gov().voting().castVote(ten.get(0), accounts.id(), List.of("yes"));

        assertThatThrownBy(() -> c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.FIRST))
                .isInstanceOf(AssemblyCallRefused.class).hasMessageContaining("cannot be closed before");
        assertThatThrownBy(() -> c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.SECOND))
                .isInstanceOf(AssemblyCallRefused.class).hasMessageContaining("only after the first call missed its quorum");

        c.clock().advance(Duration.ofDays(15).plusHours(1));
        AssemblyResult first = c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.FIRST); // 1 of 10 < 1/5

        assertThat(first.quorumMet()).isFalse();
        assertThat(first.adjourned()).isTrue();
        assertThat(first.outcome()).contains("quorum not reached", "adjourned to the second call");
        assertThat(c.gov().assemblies().get(Actor.system(), a.id()).status()).isEqualTo(AssemblyStatus.ADJOURNED);
        assertThat(c.gov().voting().get(Actor.system(), accounts.id()).status()).isEqualTo(BallotStatus.OPEN);
        assertThat(applied).hasValue(0);
        assertThatThrownBy(() -> c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.SECOND)).isInstanceOf(AssemblyCallRefused.class);

        c.clock().advance(Duration.ofDays(7));
        c.gov().voting().castVote(ten.get(1), accounts.id(), List.of("yes")); // still open for the second call
        AssemblyResult second = c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.SECOND);

        assertThat(second.quorumRequired()).isEqualTo("none");
        assertThat(second.quorumMet()).isTrue();
        assertThat(second.outcome()).contains("quorum reached on second call");
        assertThat(second.resolutions()).singleElement().satisfies(r -> assertThat(r.adopted()).isTrue());
        assertThat(c.gov().voting().get(Actor.system(), accounts.id()).adopted()).contains(true);
        assertThat(applied).hasValue(1);
        assertThatThrownBy(() -> c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.SECOND)).isInstanceOf(AssemblyCallRefused.class);
    }

    @EachDatabase
    void an_extraordinary_assembly_needs_a_quarter_on_first_call_then_a_fifth_on_second(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> twenty = members(c, 20);

        // 4 of 20 take part: 1/5 is below 1/4 on first call, and reaches 1/5 exactly on second call
        Assembly met = c.gov().assemblies().convene(BOARD, AssemblyKind.EXTRAORDINARY, "Change of statutes", LocalDate.of(2026, 6, 1), c.now(), c.inHours(24 * 7));
        Ballot statutes = resolution(c, met, "Adopt the new statutes");
        for (int i = 0; i < 4; i++) c.gov().voting().castVote(twenty.get(i), statutes.id(), List.of(i < 3 ? "yes" : "no"));
        AssemblyResult first = c.gov().assemblies().close(BOARD, met.id(), Assembly.Call.FIRST);
        assertThat(first.quorumRequired()).isEqualTo("1/4");
        assertThat(first.adjourned()).isTrue();

        // 3 of 20 take part: below 1/5 even on second call: nothing adopted, and the outcome says so
        Assembly missed = c.gov().assemblies().convene(BOARD, AssemblyKind.EXTRAORDINARY, "Dissolution", LocalDate.of(2026, 6, 1), c.now(), c.inHours(24 * 7));
        Ballot dissolve = resolution(c, missed, "Dissolve the co-op");
        for (int i = 0; i < 3; i++) c.gov().voting().castVote(twenty.get(i), dissolve.id(), List.of("yes"));
        assertThat(c.gov().assemblies().close(BOARD, missed.id(), Assembly.Call.FIRST).adjourned()).isTrue();

        c.clock().advance(Duration.ofDays(7));
        AssemblyResult second = c.gov().assemblies().close(BOARD, met.id(), Assembly.Call.SECOND);
        assertThat(second.quorumRequired()).isEqualTo("1/5");
        assertThat(second.quorumMet()).isTrue();
        assertThat(second.resolutions()).singleElement().satisfies(r -> assertThat(r.adopted()).isTrue()); // 3 of 4 cast ≥ 2/3

        AssemblyResult failed = c.gov().assemblies().close(BOARD, missed.id(), Assembly.Call.SECOND);
        assertThat(failed.quorumMet()).isFalse();
        assertThat(failed.adjourned()).isFalse();
        assertThat(failed.outcome()).contains("quorum not reached on second call", "no resolution is adopted");
        assertThat(failed.resolutions()).singleElement().satisfies(r -> assertThat(r.adopted()).isFalse());
        assertThat(c.gov().voting().get(Actor.system(), dissolve.id()).adopted()).as("the resolution's own page must not say adopted").contains(false);
        assertThat(c.gov().assemblies().get(Actor.system(), missed.id()).status()).isEqualTo(AssemblyStatus.CLOSED);
    }
}
