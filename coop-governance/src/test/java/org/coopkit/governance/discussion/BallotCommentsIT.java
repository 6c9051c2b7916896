package org.coopkit.governance.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;

/** Questions and comments on an open ballot (issue 14): the roll posts, the board answers, nothing after close. */
class BallotCommentsIT {

    @EachDatabase
    void members_on_the_roll_ask_the_board_answers_and_the_thread_closes_with_the_ballot(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Actor board = CoreFixtures.actor(c.core(), CoreFixtures.admittedWithRole(c.core(), "Bea Board", "user", Role.BOARD));
        Ballot b = c.gov().voting().createAndOpen(Actor.system(), BallotSpec.resolution("Adopt the new tariff?", c.now(), c.inHours(24 * 8)));
        Actor late = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Late Larry", "user"));

        Comment q = c.gov().discussion().post(ada, b.id(), "Why does the price per km rise while fuel got cheaper?");
        c.clock().advance(Duration.ofMinutes(5));
        Comment a = c.gov().discussion().answer(board, b.id(), q.id(), "Insurance rose by 18% this year; the study is attached.");

        assertThat(c.gov().discussion().thread(ada, b.id())).extracting(Comment::text, Comment::byBoard)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(q.text(), false), org.assertj.core.groups.Tuple.tuple(a.text(), true));
        assertThat(c.gov().discussion().thread(ada, b.id()).get(1).answers()).contains(q.id());
        assertThatThrownBy(() -> c.gov().discussion().thread(late, b.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> c.gov().discussion().post(late, b.id(), "Me too?")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> c.gov().discussion().answer(ada, b.id(), q.id(), "I answer for the board")).isInstanceOf(AccessDenied.class);

        GovFixtures.closeNow(c, b.id());
        assertThatThrownBy(() -> c.gov().discussion().post(ada, b.id(), "One more thing"))
                .isInstanceOfSatisfying(CommentRefused.class, e -> assertThat(e.code()).isEqualTo("discussion-closed"));
        assertThatThrownBy(() -> c.gov().discussion().answer(board, b.id(), q.id(), "Late answer")).isInstanceOf(CommentRefused.class);
        assertThat(c.gov().discussion().thread(ada, b.id())).hasSize(2);
    }

    @EachDatabase
    void a_comment_is_plain_text_of_bounded_length_and_a_member_posts_at_most_five_an_hour(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = c.gov().voting().createAndOpen(Actor.system(), BallotSpec.resolution("Adopt the accounts?", c.now(), c.inHours(24 * 8)));

        for (String bad : List.of("", "   ", "x".repeat(DiscussionService.MAX_LENGTH + 1), "see <b>this</b>", "<script>alert(1)</script>",
                "a </p> b", "bell \u0007")) {
            assertThatThrownBy(() -> c.gov().discussion().post(ada, b.id(), bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
        }
        assertThat(c.gov().discussion().post(ada, b.id(), "Is 3 < 4 and 5 > 2? Plain text may compare.").text()).contains("3 < 4");
        for (int i = 2; i <= DiscussionService.PER_HOUR; i++) c.gov().discussion().post(ada, b.id(), "Question " + i);
        assertThatThrownBy(() -> c.gov().discussion().post(ada, b.id(), "One too many"))
                .isInstanceOfSatisfying(RetryLater.class, e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(c.gov().discussion().thread(ada, b.id())).hasSize(DiscussionService.PER_HOUR);

        c.clock().advance(Duration.ofMinutes(61));
        c.gov().discussion().post(ada, b.id(), "An hour later, one more");
        assertThat(c.gov().discussion().thread(ada, b.id())).hasSize(DiscussionService.PER_HOUR + 1);
    }

    @EachDatabase
    @SuppressWarnings("unchecked")
    void comments_are_in_the_members_export_and_lose_their_text_on_erasure(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Member adaM = CoreFixtures.admitted(c.core(), "Ada", "user");
        Actor ada = CoreFixtures.actor(c.core(), adaM);
        Actor bob = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Bob", "user"));
        Ballot b = c.gov().voting().createAndOpen(Actor.system(), BallotSpec.resolution("Adopt the accounts?", c.now(), c.inHours(24 * 8)));
        Comment mine = c.gov().discussion().post(ada, b.id(), "I, Ada from Lisbon, ask about the reserve.");
        c.clock().advance(Duration.ofMinutes(1));
        c.gov().discussion().post(bob, b.id(), "Bob's own question.");
        c.clock().advance(Duration.ofMinutes(1));
        c.gov().discussion().answer(Actor.system(), b.id(), mine.id(), "The reserve stays at 15%.");

        Map<String, Object> export = c.core().privacy().export(ada, adaM.id());
        List<Map<String, Object>> comments = (List<Map<String, Object>>) ((Map<String, Object>) export.get("sections")).get("ballotComments");
        assertThat(comments).singleElement().satisfies(m -> {
            assertThat(m.get("text")).isEqualTo(mine.text());
            assertThat(m.get("ballot")).isEqualTo(b.id().toString());
        });

        c.core().members().withdraw(ada, adaM.id(), "moving away");
        c.core().privacy().erase(Actor.system(), adaM.id());
        List<Comment> thread = c.gov().discussion().thread(bob, b.id());
        assertThat(thread).hasSize(3).noneSatisfy(x -> assertThat(x.text()).contains("Lisbon"));
        assertThat(thread.get(0)).satisfies(x -> {
            assertThat(x.erased()).isTrue();
            assertThat(x.author()).contains(adaM.id());
        });
        assertThat(thread).extracting(Comment::text).contains("Bob's own question.", "The reserve stays at 15%.");
    }
}
