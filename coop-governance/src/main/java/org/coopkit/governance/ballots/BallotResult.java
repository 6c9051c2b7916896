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
 * rescaled; for a yes/no resolution each college's shares are of the votes cast, so abstentions are
 * excluded unless the majority rule counts them). {@code adopted} is set for yes/no resolutions.
 */
public record BallotResult(BallotId ballot, TallyResult tally, List<CollegeResult> colleges, Map<String, BigDecimal> weightedPercent,
                           Optional<Boolean> adopted, String rule, long voters, int rollSize) {

    /**
     * One line saying which figure decides: the college-weighted result where the statutes have colleges, else the raw count.
     *
     * @return the sentence
     */
    public String decides() {
        if (colleges.isEmpty()) return "The raw count of votes decides.";
        return "The result weighted by voting college decides (each college's share of the votes cast, abstentions and blank votes excluded,"
                + " times its statutory weight); the raw counts are shown for information.";
    }

    /** One college's raw count (first choices) and its statutory weight. */
    public record CollegeResult(String college, BigDecimal weightPercent, Map<String, Long> counts, long ballots) {
    }
}
