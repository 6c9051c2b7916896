package org.example.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.coopkit.governance.ballots.BallotResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceEmbeddingTest {
    @Test
    void a_ballot_is_created_voted_on_closed_and_tallied_in_a_fresh_project(@TempDir Path dir) throws Exception {
        GovernanceEmbedding.main(new String[] {dir.resolve("main").toString()});
        BallotResult result = GovernanceEmbedding.run(dir.resolve("again"));
        assertTrue(result.adopted().orElseThrow());
        assertEquals(0, new BigDecimal("2").compareTo(result.tally().firstRound().counts().get("yes")));
        assertEquals(0, BigDecimal.ONE.compareTo(result.tally().firstRound().counts().get("no")));
    }
}
