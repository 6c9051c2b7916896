package org.coopkit.carshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;

/**
 * Found by the crash test: a vote cast while the board closed the ballot could be accepted after
 * the board was chained, leaving an unnumbered entry that broke the board. Now every accepted vote
 * is on the board, and a vote that comes too late is refused.
 */
class VoteRacingCloseIT {
    @EachDatabase
    void a_vote_racing_the_closing_is_either_on_the_board_or_refused(TestDatabase tdb) throws InterruptedException {
        Running r = CarshareFixtures.start(tdb, 12);
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 10; i++) voters.add(r.member("Voter " + i, "user"));
        Instant now = r.clock().instant();
        Ballot b = r.app().governance().voting().createAndOpen(Actor.system(),
                BallotSpec.resolution("Close under fire", now.minusSeconds(60), now.plus(Duration.ofDays(8))));
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (Member m : voters) {
            threads.add(new Thread(() -> {
                await(go);
                try {
                    r.app().governance().voting().castVote(r.actor(m), b.id(), List.of("yes"));
                    accepted.incrementAndGet();
                } catch (RuntimeException refused) {
                    // too late: the ballot closed first
                }
            }));
        }
        threads.add(new Thread(() -> {
            await(go);
            // before its announced close (the statutes' minimum period is 7 days): with a reason, confirmed
            r.app().governance().voting().closeEarly(Actor.system(), b.id(), "closing while votes arrive", true);
        }));
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread t : threads) t.join(60_000);

        assertThat(r.app().governance().voting().verifyBoard(b.id()).intact()).isTrue();
        assertThat(r.app().governance().voting().board(b.id())).hasSize(accepted.get());
        assertThat(Refuse.count(r.app().database(), "select count(*) from gov_participation where ballot_id = '" + b.id() + "'"))
                .isEqualTo(accepted.get());
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
