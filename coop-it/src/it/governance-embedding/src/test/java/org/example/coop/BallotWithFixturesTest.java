package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.ballots.AlreadyVoted;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.junit.jupiter.api.Test;

/** An embedding app's own test, written with governance's and core's test-jars. */
class BallotWithFixturesTest {
    // guide:fixtures
    @Test
    void a_member_votes_once() {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {   // or @EachDatabase
            GovFixtures.Coop coop = GovFixtures.start(db);                // core + governance, a clock the test moves
            Actor ada = CoreFixtures.actor(coop.core(), CoreFixtures.admitted(coop.core(), "Ada", "user"));
            Ballot ballot = coop.gov().voting().create(Actor.system(),
                    BallotSpec.resolution("Open a second station?", coop.now(), coop.inHours(48)));
            coop.gov().voting().open(Actor.system(), ballot.id());

            coop.gov().voting().castVote(ada, ballot.id(), List.of("yes"));

            assertThrows(AlreadyVoted.class, () -> coop.gov().voting().castVote(ada, ballot.id(), List.of("no")));
            assertEquals(1, coop.gov().voting().turnout(Actor.system(), ballot.id()).voted());
        }
    }
    // guide:end
}
