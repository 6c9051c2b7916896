package org.coopkit.governance.ballots;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.statutes.VotingCollege;
import org.coopkit.governance.tally.Method;
import org.coopkit.governance.tally.Tally;
import org.coopkit.governance.tally.TallyResult;

/** Computes a ballot's result from its board entries: the one function both the official count and any recount use. */
public final class Results {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Results() {
    }

    /**
     * Counts a closed ballot's board: the tally, the majority's verdict and, where the statutes have colleges, the weighted result.
     * @param ballot the ballot
     * @param entries the board's entries
     * @param statutes the statutes (colleges and their weights)
     * @return the result
     */
    public static BallotResult compute(Ballot ballot, List<BoardEntry> entries, CoopStatutes statutes) {
        BallotSpec s = ballot.spec();
        // the draw that breaks the last ties is seeded with the board's head hash: fixed at close, published, recomputable
        String seed = entries.isEmpty() || entries.get(entries.size() - 1).hash() == null ? null : entries.get(entries.size() - 1).hash();
        TallyResult tally = Tally.count(s.method(), s.seats(), s.options(), entries.stream().map(BoardEntry::choice).toList(), seed);
        List<BallotResult.CollegeResult> colleges = new ArrayList<>();
        Map<String, BigDecimal> weighted = new LinkedHashMap<>();
        boolean byColleges = statutes.usesColleges() && !s.method().ranked();
        if (byColleges) {
            BigDecimal weightWithVotes = BigDecimal.ZERO;
            for (VotingCollege c : statutes.colleges()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                s.options().forEach(o -> counts.put(o, 0L));
                long n = 0;
                for (BoardEntry e : entries) {
                    if (!c.code().equals(e.college())) continue;
                    n++;
                    List<String> counted = s.method() == Method.APPROVAL ? e.choice() : e.choice().subList(0, 1);
                    counted.forEach(o -> counts.merge(o, 1L, Long::sum));
                }
                colleges.add(new BallotResult.CollegeResult(c.code(), c.weightPercent(), counts, n));
                if (castIn(s, counts, n) > 0) weightWithVotes = weightWithVotes.add(c.weightPercent());
            }
            for (String o : s.options()) weighted.put(o, BigDecimal.ZERO);
            if (weightWithVotes.signum() > 0) {
                for (BallotResult.CollegeResult c : colleges) {
                    long cast = castIn(s, c.counts(), c.ballots());
                    if (cast == 0) continue;
                    BigDecimal w = c.weightPercent().divide(weightWithVotes, MathContext.DECIMAL64);
                    for (String o : s.options()) {
                        if (excluded(s, o)) continue;
                        BigDecimal share = BigDecimal.valueOf(c.counts().get(o)).divide(BigDecimal.valueOf(cast), MathContext.DECIMAL64);
                        weighted.merge(o, share.multiply(w).multiply(HUNDRED), BigDecimal::add);
                    }
                }
                weighted.replaceAll((k, v) -> v.setScale(4, RoundingMode.HALF_EVEN));
            }
        }
        Optional<Boolean> adopted = Optional.empty();
        if (s.method() == Method.YES_NO_ABSTAIN) {
            if (byColleges) {
                BigDecimal yes = weighted.get("yes");
                BigDecimal cast = yes.add(weighted.get("no")).add(s.majority().abstentionsCast() ? weighted.get("abstain") : BigDecimal.ZERO);
                adopted = Optional.of(s.majority().adopted(yes, cast));
            } else {
                var counts = tally.firstRound().counts();
                adopted = Optional.of(s.majority().adopted(counts.get("yes").longValue(), counts.get("no").longValue(), counts.get("abstain").longValue()));
            }
        }
        return new BallotResult(ballot.id(), tally, colleges, weighted, adopted, s.majority().describe(), entries.size(), ballot.rollSize());
    }

    /** Abstentions are not votes cast (DESIGN.md), unless the resolution's majority rule counts them. */
    private static boolean excluded(BallotSpec s, String option) {
        return s.method() == Method.YES_NO_ABSTAIN && option.equals("abstain") && !s.majority().abstentionsCast();
    }

    /** The votes cast in a college: its ballots less the abstentions that do not count. */
    private static long castIn(BallotSpec s, Map<String, Long> counts, long ballots) {
        return s.options().stream().anyMatch(o -> excluded(s, o)) ? ballots - counts.getOrDefault("abstain", 0L) : ballots;
    }
}
