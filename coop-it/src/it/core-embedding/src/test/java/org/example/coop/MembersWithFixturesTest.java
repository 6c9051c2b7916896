package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coopkit.core.CoreModule;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** An embedding app's own test, written with core's test-jar: real members in a real database. */
class MembersWithFixturesTest {
    // guide:fixtures
    @Test
    void the_first_admitted_member_gets_number_one() {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {   // or @EachDatabase: H2, PostgreSQL, MariaDB
            Database database = db.open(CoreModule.SCHEMA);
            CoreModule core = new CoreModule(database, MutableClock.on(LocalDate.of(2026, 6, 1)), CoopStatutes.defaults());

            Member ada = CoreFixtures.admitted(core, "Ada Lovelace", "user");

            assertEquals(1L, ada.membershipNumber().orElseThrow());
        }
    }
    // guide:end

    @Test
    void the_registered_handlers_know_their_kinds_and_act_on_a_decision() {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {
            CoreModule core = new CoreModule(db.open(CoreModule.SCHEMA), MutableClock.on(LocalDate.of(2026, 6, 1)), CoopStatutes.defaults());
            DecisionHandlers decisions = CoreDecisions.handlers(core);
            assertTrue(decisions.knows("core.data-policy"));
            decisions.apply("d-1", new Decision("example.welcome-pack", "{\"gift\":\"keyring\"}"));
        }
    }
}
