package org.coopkit.governance.proxies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.ProxyRefused;

/** A used mandate is shown as used, and can no longer be revoked (issue 14: no offered action that would be refused). */
class ProxyLifecycleIT {
    static final Actor BOARD = Actor.system();

    @EachDatabase
    void once_the_holder_has_voted_the_proxy_is_used_and_cannot_be_revoked(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Member ada = CoreFixtures.admitted(c.core(), "Ada", "user");
        Member bruno = CoreFixtures.admitted(c.core(), "Bruno", "user");
        Actor adaA = CoreFixtures.actor(c.core(), ada);
        Actor brunoA = CoreFixtures.actor(c.core(), bruno);
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))).id());
        Proxy given = c.gov().proxies().give(adaA, b.id(), bruno.id());
        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> assertThat(p.revocable()).isTrue());
        assertThat(c.gov().proxies().capFor(b.id())).isEqualTo(1);

        c.gov().voting().castVote(brunoA, b.id(), List.of("yes"), Optional.of(ada.id()), Optional.empty());

        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> {
            assertThat(p.used()).isTrue();
            assertThat(p.revocable()).isFalse();
        });
        assertThatThrownBy(() -> c.gov().proxies().revoke(adaA, given.id())).isInstanceOf(ProxyRefused.class).hasMessageContaining("mandate was used");
        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> assertThat(p.active()).isTrue());
    }
}
