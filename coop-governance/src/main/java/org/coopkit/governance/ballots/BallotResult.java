package org.coopkit.governance.ballots;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.governance.tally.TallyResult;

/**
 * The counted result of a closed ballot. With SCIC voting colleges, each college counts
 * one-member-one-vote and weighs its set share: {@code colleges} shows the raw counts,
 * {@code weightedPercent} the weighted result (colleges without votes are left out and the others
 * rescaled). {@code adopted} is set for yes/no resolutions.
 */
public record BallotResult(BallotId ballot, TallyResult tally, List<CollegeResult> colleges, Map<String, BigDecimal> weightedPercent,
                           Optional<Boolean> adopted, String rule, long voters, int rollSize) {

    /** One college's raw count (first choices) and its statutory weight. */
    public record CollegeResult(String college, BigDecimal weightPercent, Map<String, Long> counts, long ballots) {
    }
}
