package org.coopkit.governance.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.DecisionType;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.GovernanceRules;

/** Rules the board cannot bend by accident (issue 14): minimum voting period, early close, one ballot per subject, automatic close. */
class BoardCannotBendIT {
    static final Actor BOARD = Actor.system();

    public record Allocation(int year) {
    }

    static DecisionType<Allocation> allocation(AtomicInteger applied) {
        return DecisionType.json("test.allocation", Allocation.class, a -> {
            if (a.year() < 2000) throw new InvalidInput("year", "must be 2000 or later");
        }, (id, a) -> applied.incrementAndGet()).withSubject(a -> "test.allocation:" + a.year());
    }

    @EachDatabase
    void a_ballot_runs_at_least_the_statutes_minimum_and_closes_early_only_with_a_reason_and_confirmation(TestDatabase db) {
        Coop c = GovFixtures.start(db, CoopStatutes.defaults(), GovernanceRules.defaults());
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));

        assertThatThrownBy(() -> c.gov().voting().create(BOARD, BallotSpec.resolution("Raise the tariff?", c.now(), c.inHours(1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors().get("closesAt")).contains("7 days", "minimum voting period"));
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Raise the tariff?", c.now(), c.inHours(24 * 7))).id());
        c.gov().voting().castVote(ada, b.id(), List.of("yes"));

        assertThatThrownBy(() -> c.gov().voting().close(BOARD, b.id()))
                .isInstanceOfSatisfying(EarlyCloseRefused.class, e -> assertThat(e.code()).isEqualTo("early-close-needs-reason"));
        assertThatThrownBy(() -> c.gov().voting().closeEarly(BOARD, b.id(), "because", true)).isInstanceOf(EarlyCloseRefused.class);
        assertThatThrownBy(() -> c.gov().voting().closeEarly(BOARD, b.id(), "the tariff proposal was withdrawn", false)).isInstanceOf(EarlyCloseRefused.class);
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.OPEN);

        BallotResult r = c.gov().voting().closeEarly(BOARD, b.id(), "the tariff proposal was withdrawn", true);
        assertThat(r.adopted()).contains(true);
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.CLOSED);
    }

    @EachDatabase
    void where_the_statutes_forbid_it_no_ballot_closes_before_its_announced_close(TestDatabase db) {
        Coop c = GovFixtures.start(db, CoopStatutes.defaults(), GovernanceRules.defaults().withEarlyClose(GovernanceRules.EarlyClose.FORBIDDEN));
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(24 * 8))).id());

        assertThatThrownBy(() -> c.gov().voting().closeEarly(BOARD, b.id(), "the board would like it over", true))
                .isInstanceOfSatisfying(EarlyCloseRefused.class, e -> assertThat(e.code()).isEqualTo("early-close-forbidden"));
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.OPEN);
        c.clock().advance(Duration.ofDays(8));
        assertThat(c.gov().voting().close(BOARD, b.id()).ballot()).isEqualTo(b.id());
    }

    @EachDatabase
    void one_ballot_per_decision_subject_while_open_and_none_once_adopted(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        DecisionType<Allocation> type = allocation(applied);
        c.decisions().register(type);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        BallotSpec y2025 = BallotSpec.resolution("Allocate the 2025 surplus?", c.now(), c.inHours(48)).with(type.decision(new Allocation(2025)));

        Ballot first = c.gov().voting().create(BOARD, y2025);
        assertThatThrownBy(() -> c.gov().voting().create(BOARD, y2025))
                .isInstanceOfSatisfying(SubjectAlreadyOnBallot.class, e -> assertThat(e.getMessage()).contains("test.allocation:2025", first.id().toString()));
        c.gov().voting().create(BOARD, BallotSpec.resolution("Allocate the 2026 surplus?", c.now(), c.inHours(48)).with(type.decision(new Allocation(2026))));

        c.gov().voting().open(BOARD, first.id());
        c.gov().voting().castVote(ada, first.id(), List.of("no"));
        GovFixtures.closeNow(c, first.id()); // rejected: the subject may be put to the vote again
        Ballot again = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, y2025).id());
        c.gov().voting().castVote(ada, again.id(), List.of("yes"));
        GovFixtures.closeNow(c, again.id());
        assertThat(applied).hasValue(1);

        assertThatThrownBy(() -> c.gov().voting().create(BOARD, y2025))
                .isInstanceOfSatisfying(SubjectAlreadyOnBallot.class, e -> assertThat(e.getMessage()).contains("adopted"));
    }

    @EachDatabase
    void twenty_boards_racing_to_put_one_subject_to_the_vote_make_one_ballot(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        DecisionType<Allocation> type = allocation(new AtomicInteger());
        c.decisions().register(type);
        BallotSpec y2025 = BallotSpec.resolution("Allocate the 2025 surplus?", c.now(), c.inHours(48)).with(type.decision(new Allocation(2025)));

        var outcomes = org.coopkit.core.testing.Concurrently.run(20, 8,
                i -> i % 2 == 0 ? c.gov().voting().create(BOARD, y2025) : c.gov().voting().createAndOpen(BOARD, y2025));

        assertThat(outcomes.stream().filter(o -> o.ok())).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.ok())).hasSize(19).allSatisfy(o -> assertThat(o.error())
                .isInstanceOfSatisfying(SubjectAlreadyOnBallot.class, e -> assertThat(e.code()).isEqualTo("decision-subject-on-ballot")));
        assertThat(c.gov().voting().all(BOARD).stream().filter(b -> b.spec().question().startsWith("Allocate the 2025"))).hasSize(1);
    }

    @EachDatabase
    void the_database_alone_refuses_a_second_ballot_on_an_open_subject(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        DecisionType<Allocation> type = allocation(new AtomicInteger());
        c.decisions().register(type);
        Ballot first = c.gov().voting().create(BOARD, BallotSpec.resolution("Allocate?", c.now(), c.inHours(48)).with(type.decision(new Allocation(2025))));

        // straight to the table, no service check: only uk_gov_ballots_open_subject stands in the way
        try (java.sql.Connection conn = c.db().dataSource().getConnection();
             java.sql.PreparedStatement s = conn.prepareStatement("insert into gov_ballots (id, question, options, method, seats, maj_num, maj_den, maj_strict,"
                     + " maj_abstentions, secrecy, revoting, opens_at, closes_at, status, roll_size, created_at, decision_subject, open_subject)"
                     + " select ?, question, options, method, seats, maj_num, maj_den, maj_strict, maj_abstentions, secrecy, revoting, opens_at, closes_at,"
                     + " status, roll_size, created_at, decision_subject, open_subject from gov_ballots where id = ?")) {
            s.setString(1, java.util.UUID.randomUUID().toString());
            s.setString(2, first.id().toString());
            assertThatThrownBy(s::executeUpdate).isInstanceOf(java.sql.SQLException.class).satisfies(e -> assertThat(
                    org.coopkit.core.persistence.Constraints.isViolation(e, "uk_gov_ballots_open_subject")).as(e.getMessage()).isTrue());
            conn.rollback();
        }
        assertThat(c.gov().voting().all(BOARD)).hasSize(1);
    }

    @EachDatabase
    void a_forgotten_ballot_closes_by_itself_at_its_announced_close_and_its_decision_applies(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        DecisionType<Allocation> type = allocation(applied);
        c.decisions().register(type);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD,
                BallotSpec.resolution("Allocate?", c.now(), c.inHours(48)).with(type.decision(new Allocation(2025)))).id());
        c.gov().voting().castVote(ada, b.id(), List.of("yes"));
        DeadlineCloser closer = c.gov().deadlineCloser();

        assertThat(closer.runOnce()).isEmpty();
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.OPEN);

        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            closer.start(scheduler, Duration.ofMillis(20));
            c.clock().advance(Duration.ofHours(48));
            Instant until = Instant.now().plusSeconds(20);
            // the decision is applied right after the closing commits, on the scheduler's thread: wait for both
            while ((c.gov().voting().get(Actor.system(), b.id()).status() != BallotStatus.CLOSED || applied.get() == 0)
                    && Instant.now().isBefore(until)) Thread.sleep(20);
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(c.gov().voting().results(b.id()).adopted()).contains(true);
        assertThat(applied).hasValue(1);
        assertThat(closer.runOnce()).isEmpty();
    }
}
