package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One round of a count: each continuing candidate's votes (fractional in STV), who was elected or
 * eliminated in it, the ballots exhausted so far (no continuing candidate left, blank, or stopped by
 * an overvote or too many skipped ranks), and every tie broken in it.
 *
 * @param number the round's number, from 1
 * @param counts the votes of each continuing candidate, fractional in STV
 * @param elected who was elected in this round
 * @param eliminated who was eliminated in this round
 * @param exhausted the votes of ballots exhausted so far
 * @param ties the ties broken in this round
 */
public record Round(int number, Map<String, BigDecimal> counts, List<String> elected, List<String> eliminated, BigDecimal exhausted,
                    List<TieBreak> ties) {
    /**
     * Copies the counts (in their order) and the lists.
     *
     * @param number the round's number, from 1
     * @param counts the votes of each continuing candidate, fractional in STV
     * @param elected who was elected in this round
     * @param eliminated who was eliminated in this round
     * @param exhausted the votes of ballots exhausted so far
     * @param ties the ties broken in this round
     */
    public Round {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        elected = List.copyOf(elected);
        eliminated = List.copyOf(eliminated);
        ties = List.copyOf(ties);
    }

    /**
     * A round without ties broken.
     * @param number the round's number, from 1
     * @param counts the votes of each continuing candidate
     * @param elected who was elected in this round
     * @param eliminated who was eliminated in this round
     * @param exhausted the votes of ballots with no continuing candidate left
     */
    public Round(int number, Map<String, BigDecimal> counts, List<String> elected, List<String> eliminated, BigDecimal exhausted) {
        this(number, counts, elected, eliminated, exhausted, List.of());
    }

    /**
     * Votes counted for candidates in this round plus exhausted ballots.
     *
     * @return the sum of the counts and the exhausted votes
     */
    public BigDecimal total() {
        return counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(exhausted);
    }
}
