package org.coopkit.governance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.coopkit.core.CoreModule;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;

/** A co-op with governance on a fresh test database, and a clock the test moves. */
public final class GovFixtures {
    private GovFixtures() {
    }

    public record Coop(Database db, CoreModule core, GovernanceModule gov, DecisionHandlers decisions, MutableClock clock) {
        public Instant now() {
            return clock.instant();
        }

        public Instant inHours(long h) {
            return clock.instant().plus(Duration.ofHours(h));
        }
    }

    public static Coop start(TestDatabase db, CoopStatutes statutes, GovernanceRules rules) {
        Database database = db.open(db.config().withPoolSize(16), CoreModule.SCHEMA, GovernanceModule.SCHEMA);
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 6, 1));
        CoreModule core = new CoreModule(database, clock, statutes);
        DecisionHandlers decisions = new DecisionHandlers();
        return new Coop(database, core, new GovernanceModule(database, clock, core, decisions, rules), decisions, clock);
    }

    /** The statutes' defaults, except that this test co-op allows any voting period (tests of that rule use {@link GovernanceRules#defaults()}). */
    public static final GovernanceRules ANY_PERIOD = GovernanceRules.defaults().withMinimumVotingPeriod(Duration.ZERO);

    public static Coop start(TestDatabase db) {
        return start(db, CoopStatutes.defaults(), ANY_PERIOD);
    }

    /** The board closes the ballot now — early, with a reason and confirmation, when its announced close has not come. */
    public static org.coopkit.governance.ballots.BallotResult closeNow(Coop c, org.coopkit.governance.ballots.BallotId id) {
        return c.gov().voting().closeEarly(org.coopkit.core.actors.Actor.system(), id, "the test counts the votes now", true);
    }
}
