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

    public static Coop start(TestDatabase db) {
        return start(db, CoopStatutes.defaults(), GovernanceRules.defaults());
    }
}
