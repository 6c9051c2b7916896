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
import org.coopkit.governance.ballots.NotOnRoll;
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

        c.gov().proxies().accept(brunoA, given.id());
        c.gov().voting().castVote(brunoA, b.id(), List.of("yes"), Optional.of(ada.id()), Optional.empty());

        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Proxy.Status.USED);
            assertThat(p.used()).isTrue();
            assertThat(p.revocable()).isFalse();
        });
        assertThatThrownBy(() -> c.gov().proxies().revoke(adaA, given.id())).isInstanceOf(ProxyRefused.class).hasMessageContaining("mandate was used");
        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> assertThat(p.active()).isTrue());
    }

    @EachDatabase
    void the_holder_is_found_by_name_on_the_roll_and_a_mandate_is_usable_only_once_accepted(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Member ada = CoreFixtures.admitted(c.core(), "Ada Martin", "user");
        Member bruno = CoreFixtures.admitted(c.core(), "Bruno Lefèvre", "user");
        Member brigitte = CoreFixtures.admitted(c.core(), "Brigitte Lebrun", "user");
        Actor adaA = CoreFixtures.actor(c.core(), ada);
        Actor brunoA = CoreFixtures.actor(c.core(), bruno);
        Actor brigitteA = CoreFixtures.actor(c.core(), brigitte);
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))).id());
        Member late = CoreFixtures.admitted(c.core(), "Bruce Late", "user"); // admitted after the roll was frozen

        // by name, any word, any case, no accents needed; only members on this ballot's roll, never the asker
        assertThat(c.gov().proxies().holders(adaA, b.id(), "br")).extracting(ProxyService.Holder::name).containsExactly("Brigitte Lebrun", "Bruno Lefèvre");
        assertThat(c.gov().proxies().holders(adaA, b.id(), "LEFEV")).extracting(ProxyService.Holder::id).containsExactly(bruno.id());
        assertThat(c.gov().proxies().holders(adaA, b.id(), "ada")).isEmpty();
        assertThat(c.gov().proxies().holders(adaA, b.id(), "bruce")).isEmpty();
        assertThatThrownBy(() -> c.gov().proxies().holders(CoreFixtures.actor(c.core(), late), b.id(), "br")).isInstanceOf(NotOnRoll.class);
        assertThatThrownBy(() -> c.gov().proxies().holders(adaA, b.id(), "b")).isInstanceOf(org.coopkit.core.errors.InvalidInput.class);

        // pending: shown to both, not usable, and only the holder answers
        Proxy asked = c.gov().proxies().give(adaA, b.id(), bruno.id());
        assertThat(asked.status()).isEqualTo(Proxy.Status.PENDING);
        assertThat(c.gov().proxies().mine(brunoA)).singleElement().satisfies(p -> assertThat(p.awaitingAnswer()).isTrue());
        assertThatThrownBy(() -> c.gov().voting().castVote(brunoA, b.id(), List.of("yes"), Optional.of(ada.id()), Optional.empty()))
                .isInstanceOf(ProxyRefused.class).hasMessageContaining("accept the mandate first");
        assertThatThrownBy(() -> c.gov().proxies().accept(adaA, asked.id())).isInstanceOf(org.coopkit.core.actors.AccessDenied.class);
        assertThat(c.gov().voting().turnout(BOARD, b.id()).voted()).isZero();

        // declined: ended for both; Ada may trust someone else, who accepts and votes for her
        assertThat(c.gov().proxies().decline(brunoA, asked.id()).status()).isEqualTo(Proxy.Status.DECLINED);
        assertThat(c.gov().proxies().mine(adaA)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(Proxy.Status.DECLINED));
        assertThatThrownBy(() -> c.gov().proxies().accept(brunoA, asked.id())).isInstanceOf(ProxyRefused.class).hasMessageContaining("ended");
        Proxy second = c.gov().proxies().give(adaA, b.id(), brigitte.id());
        assertThat(c.gov().proxies().accept(brigitteA, second.id()).usable()).isTrue();
        c.gov().voting().castVote(brigitteA, b.id(), List.of("yes"), Optional.of(ada.id()), Optional.empty());
        assertThat(c.gov().voting().turnout(BOARD, b.id()).voted()).isEqualTo(1);
    }
}
