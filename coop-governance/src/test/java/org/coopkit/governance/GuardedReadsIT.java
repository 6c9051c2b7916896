package org.coopkit.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.NotAuthenticated;
import org.coopkit.core.actors.Role;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;

/**
 * docs/api.md: what is put to the vote (ballots, assemblies and their agendas) is read by members and the
 * board through the Java API too; anonymous callers and a technical ADMIN without business role are refused.
 */
class GuardedReadsIT {
    static final Actor BOARD = Actor.system();

    @EachDatabase
    void members_and_the_board_read_what_is_put_to_the_vote_and_no_one_else(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Actor admin = new Actor(ada.memberId(), Set.of(Role.ADMIN), "admin-only");
        Actor treasurer = new Actor(Optional.empty(), Set.of(Role.TREASURER), "treasurer-only");
        Ballot b = c.gov().voting().createAndOpen(BOARD, BallotSpec.resolution("Buy a van?", c.now(), c.inHours(24 * 8)));
        Assembly a = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM", LocalDate.of(2026, 6, 1), c.inHours(24 * 15), c.inHours(24 * 22));
        Ballot r = c.gov().assemblies().addResolution(BOARD, a.id(), BallotSpec.resolution("Approve the accounts", c.now(), c.inHours(24 * 16)));

        assertThat(c.gov().voting().get(ada, b.id()).spec().question()).isEqualTo("Buy a van?");
        assertThat(c.gov().voting().all(ada)).extracting(Ballot::id).contains(b.id(), r.id());
        assertThat(c.gov().assemblies().get(ada, a.id()).title()).isEqualTo("AGM");
        assertThat(c.gov().assemblies().all(ada)).extracting(Assembly::id).containsExactly(a.id());
        assertThat(c.gov().assemblies().agenda(ada, a.id())).extracting(Ballot::id).containsExactly(r.id());
        assertThat(c.gov().assemblies().agenda(BOARD, a.id())).extracting(Ballot::id).containsExactly(r.id());

        for (Actor wrong : new Actor[] {admin, treasurer}) {
            assertThatThrownBy(() -> c.gov().voting().get(wrong, b.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> c.gov().voting().all(wrong)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> c.gov().assemblies().get(wrong, a.id())).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> c.gov().assemblies().all(wrong)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> c.gov().assemblies().agenda(wrong, a.id())).isInstanceOf(AccessDenied.class);
        }
        Actor anonymous = Actor.anonymous();
        assertThatThrownBy(() -> c.gov().voting().get(anonymous, b.id())).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> c.gov().voting().all(anonymous)).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> c.gov().assemblies().get(anonymous, a.id())).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> c.gov().assemblies().all(anonymous)).isInstanceOf(NotAuthenticated.class);
        assertThatThrownBy(() -> c.gov().assemblies().agenda(anonymous, a.id())).isInstanceOf(NotAuthenticated.class);
    }
}
