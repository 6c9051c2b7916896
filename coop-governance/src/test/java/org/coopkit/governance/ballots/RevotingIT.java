package org.coopkit.governance.ballots;

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

/** Revoting on a secret ballot replaces only the voter's own previous vote (issue 14: vote substitution). */
class RevotingIT {
    static final Actor BOARD = Actor.system();

    static Ballot openChoice(Coop c) {
        Ballot b = c.gov().voting().create(BOARD, BallotSpec.choice("Colour of the new cars", List.of("red", "blue"),
                org.coopkit.governance.tally.Method.PLURALITY, 1, c.now(), c.inHours(48)).withRevoting());
        return c.gov().voting().open(BOARD, b.id());
    }

    @EachDatabase
    void quoting_another_members_tracking_code_is_refused_and_both_votes_stay_counted(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Actor bruno = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Bruno", "user"));
        Ballot b = openChoice(c);
        Receipt adas = c.gov().voting().castVote(ada, b.id(), List.of("blue"));
        c.gov().voting().castVote(bruno, b.id(), List.of("red"));

        assertThatThrownBy(() -> c.gov().voting().castVote(bruno, b.id(), List.of("red"), Optional.empty(), Optional.of(adas.trackingCode())))
                .isInstanceOf(NotYourPreviousVote.class);

        BallotResult r = GovFixtures.closeNow(c, b.id());
        assertThat(r.tally().firstRound().counts().get("red")).isEqualByComparingTo("1");
        assertThat(r.tally().firstRound().counts().get("blue")).isEqualByComparingTo("1");
        assertThat(c.gov().voting().board(b.id())).extracting(BoardEntry::trackingCode).contains(adas.trackingCode());
    }

    @EachDatabase
    void a_voter_replaces_their_own_secret_vote_with_their_code_in_any_case_or_spacing(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = openChoice(c);
        Receipt first = c.gov().voting().castVote(ada, b.id(), List.of("blue"));
        String typed = " " + first.trackingCode().toLowerCase().replace("-", "") + " ";
        Receipt second = c.gov().voting().castVote(ada, b.id(), List.of("red"), Optional.empty(), Optional.of(typed));

        BallotResult r = GovFixtures.closeNow(c, b.id());
        assertThat(r.tally().firstRound().counts().get("red")).isEqualByComparingTo("1");
        assertThat(r.tally().firstRound().counts().get("blue")).isEqualByComparingTo("0");
        assertThat(c.gov().voting().board(b.id())).singleElement().satisfies(e -> assertThat(e.trackingCode()).isEqualTo(second.trackingCode()));
    }

    @EachDatabase
    void a_proxy_holder_cannot_replace_the_grantors_own_vote_but_replaces_the_one_cast_under_the_mandate(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Member ada = CoreFixtures.admitted(c.core(), "Ada", "user");
        Actor adaA = CoreFixtures.actor(c.core(), ada);
        Member bruno = CoreFixtures.admitted(c.core(), "Bruno", "user");
        Actor brunoA = CoreFixtures.actor(c.core(), bruno);
        Member cleo = CoreFixtures.admitted(c.core(), "Cleo", "user");
        Actor cleoA = CoreFixtures.actor(c.core(), cleo);
        Ballot b = openChoice(c);

        Receipt adas = c.gov().voting().castVote(adaA, b.id(), List.of("blue"));
        c.gov().proxies().accept(brunoA, c.gov().proxies().give(cleoA, b.id(), bruno.id()).id());
        Receipt cleos = c.gov().voting().castVote(brunoA, b.id(), List.of("blue"), Optional.of(cleo.id()), Optional.empty());
        Receipt brunos = c.gov().voting().castVote(brunoA, b.id(), List.of("red"));

        // no mandate from Ada: refused whatever code he quotes
        assertThatThrownBy(() -> c.gov().voting().castVote(brunoA, b.id(), List.of("red"), Optional.of(ada.id()), Optional.of(adas.trackingCode())))
                .isInstanceOf(org.coopkit.core.actors.AccessDenied.class);
        // under Cleo's mandate, Ada's code is not Cleo's vote; in person, Cleo's code is not Bruno's vote
        assertThatThrownBy(() -> c.gov().voting().castVote(brunoA, b.id(), List.of("red"), Optional.of(cleo.id()), Optional.of(adas.trackingCode())))
                .isInstanceOf(NotYourPreviousVote.class);
        assertThatThrownBy(() -> c.gov().voting().castVote(brunoA, b.id(), List.of("red"), Optional.empty(), Optional.of(cleos.trackingCode())))
                .isInstanceOf(NotYourPreviousVote.class);
        // the vote cast under the mandate is replaced under the mandate, as designed
        c.gov().voting().castVote(brunoA, b.id(), List.of("red"), Optional.of(cleo.id()), Optional.of(cleos.trackingCode()));

        BallotResult r = GovFixtures.closeNow(c, b.id());
        assertThat(r.tally().firstRound().counts().get("red")).isEqualByComparingTo("2");
        assertThat(r.tally().firstRound().counts().get("blue")).isEqualByComparingTo("1");
        assertThat(c.gov().voting().board(b.id())).extracting(BoardEntry::trackingCode).contains(adas.trackingCode(), brunos.trackingCode());
    }
}
