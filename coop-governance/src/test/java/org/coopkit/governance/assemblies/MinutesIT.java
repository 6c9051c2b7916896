package org.coopkit.governance.assemblies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;

/** Minutes of an assembly (issue 14): generated from the calls as held and the resolutions' results. */
class MinutesIT {
    static final Actor BOARD = Actor.system();

    @EachDatabase
    void the_minutes_record_each_call_its_attendance_and_quorum_and_each_resolutions_result(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> ten = AssemblyCallsIT.members(c, 10);
        Assembly a = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM 2026", LocalDate.of(2026, 6, 1), c.inHours(24 * 15), c.inHours(24 * 22));
        Ballot accounts = AssemblyCallsIT.resolution(c, a, "Approve the 2025 accounts");
        Ballot board = AssemblyCallsIT.resolution(c, a, "Renew the board's mandate");
        c.gov().voting().castVote(ten.get(0), accounts.id(), List.of("yes"));

        assertThatThrownBy(() -> c.gov().assemblies().minutes(ten.get(0), a.id())).as("drawn up at the close").isInstanceOf(AssemblyCallRefused.class);
        c.clock().advance(Duration.ofDays(15).plusHours(1));
        c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.FIRST); // 1 of 10: adjourned
        c.clock().advance(Duration.ofDays(7));
        c.gov().voting().castVote(ten.get(1), accounts.id(), List.of("yes"));
        c.gov().voting().castVote(ten.get(2), accounts.id(), List.of("no"));
        c.gov().voting().castVote(ten.get(1), board.id(), List.of("no"));
        c.gov().voting().castVote(ten.get(2), board.id(), List.of("no"));
        c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.SECOND);

        Minutes m = c.gov().assemblies().minutes(ten.get(5), a.id());
        assertThat(m.calls()).hasSize(2);
        assertThat(m.calls().get(0)).satisfies(first -> {
            assertThat(first.call()).isEqualTo(Assembly.Call.FIRST);
            assertThat(first.participants()).isEqualTo(1);
            assertThat(first.roll()).isEqualTo(10);
            assertThat(first.quorumMet()).isFalse();
            assertThat(first.outcome()).contains("adjourned to the second call");
        });
        assertThat(m.calls().get(1)).satisfies(second -> {
            assertThat(second.participants()).isEqualTo(3);
            assertThat(second.quorumRequired()).isEqualTo("none");
            assertThat(second.quorumMet()).isTrue();
        });
        assertThat(m.resolutions()).extracting(Minutes.ResolutionRecord::question, Minutes.ResolutionRecord::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Approve the 2025 accounts", "adopted"),
                org.assertj.core.groups.Tuple.tuple("Renew the board's mandate", "rejected"));
        assertThat(m.resolutions().get(0).counts()).containsEntry("yes", "2").containsEntry("no", "1").containsEntry("abstain", "0");
        assertThat(m.resolutions().get(0).decides()).isEqualTo("The raw count of votes decides.");
        assertThatThrownBy(() -> c.gov().assemblies().minutes(Actor.anonymous(), a.id())).isInstanceOf(org.coopkit.core.actors.NotAuthenticated.class);
    }
}
