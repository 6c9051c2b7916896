package org.coopkit.governance.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionType;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;

/** The typed decision seam: checked when the ballot is created, applied once for an adopted ballot, a failure never blocks the close. */
class DecisionSeamIT {
    static final Actor BOARD = Actor.system();

    /** A price change, as a handling module would register it. */
    public record PriceChange(BigDecimal perHour) {
    }

    static DecisionType<PriceChange> priceType(AtomicInteger applied, AtomicBoolean failing) {
        return DecisionType.json("test.price", PriceChange.class, p -> {
            if (p.perHour() == null || p.perHour().signum() < 0 || p.perHour().compareTo(new BigDecimal("1000")) > 0) {
                throw new InvalidInput("perHour", "must be between 0 and 1000");
            }
        }, (id, p) -> {
            if (failing.get()) throw new IllegalStateException("the tariff table is locked for maintenance");
            applied.incrementAndGet();
        });
    }

    static Ballot openWith(Coop c, Decision d) {
        Ballot b = c.gov().voting().create(BOARD, BallotSpec.resolution("Change the price?", c.now(), c.inHours(48)).with(d));
        return c.gov().voting().open(BOARD, b.id());
    }

    @EachDatabase
    void an_invalid_payload_is_refused_when_the_ballot_is_created_naming_the_problem_and_nothing_is_stored(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        c.decisions().register(priceType(new AtomicInteger(), new AtomicBoolean()));

        assertThatThrownBy(() -> c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))
                .with(new Decision("test.price", "{\"perHour\":1e308}"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsEntry("perHour", "must be between 0 and 1000"));
        assertThatThrownBy(() -> c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))
                .with(new Decision("test.price", "not json"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("decision"));
        assertThat(c.gov().voting().all(Actor.system())).isEmpty();
    }

    @EachDatabase
    void a_handler_failure_at_close_keeps_the_result_marks_the_decision_failed_and_the_board_retries_it_once(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        AtomicBoolean failing = new AtomicBoolean(true);
        DecisionType<PriceChange> type = priceType(applied, failing);
        c.decisions().register(type);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = openWith(c, type.decision(new PriceChange(new BigDecimal("4.50"))));
        c.gov().voting().castVote(ada, b.id(), List.of("yes"));

        BallotResult r = GovFixtures.closeNow(c, b.id());

        assertThat(r.adopted()).contains(true);
        assertThat(c.gov().voting().get(Actor.system(), b.id()).status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(c.gov().voting().results(b.id()).adopted()).contains(true);
        assertThat(c.gov().voting().decision(b.id())).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.FAILED);
            assertThat(d.failure()).hasValueSatisfying(f -> assertThat(f).contains("locked for maintenance"));
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(applied).hasValue(0);

        assertThatThrownBy(() -> c.gov().voting().retryDecision(ada, b.id())).isInstanceOf(AccessDenied.class);
        assertThat(c.gov().voting().retryDecision(BOARD, b.id()).status()).isEqualTo(DecisionStatus.FAILED);
        failing.set(false);
        DecisionOutcome done = c.gov().voting().retryDecision(BOARD, b.id());
        assertThat(done.status()).isEqualTo(DecisionStatus.APPLIED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.failure()).isEmpty();
        assertThatThrownBy(() -> c.gov().voting().retryDecision(BOARD, b.id())).isInstanceOf(DecisionNotRetryable.class);
        assertThat(applied).hasValue(1);
    }

    @EachDatabase
    void a_rejected_resolutions_decision_is_never_applied_nor_recorded(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        DecisionType<PriceChange> type = priceType(applied, new AtomicBoolean());
        c.decisions().register(type);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Actor bob = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Bob", "user"));
        Ballot tie = openWith(c, type.decision(new PriceChange(BigDecimal.ONE)));
        c.gov().voting().castVote(ada, tie.id(), List.of("yes"));
        c.gov().voting().castVote(bob, tie.id(), List.of("no"));

        assertThat(GovFixtures.closeNow(c, tie.id()).adopted()).contains(false);

        assertThat(applied).hasValue(0);
        assertThat(c.gov().voting().decision(tie.id())).isEmpty();
    }
}
