package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One round of a count: each continuing candidate's votes (fractional in STV), who was elected or
 * eliminated in it, and the ballots exhausted so far (no continuing candidate left, or blank).
 */
public record Round(int number, Map<String, BigDecimal> counts, List<String> elected, List<String> eliminated, BigDecimal exhausted) {
    public Round {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        elected = List.copyOf(elected);
        eliminated = List.copyOf(eliminated);
    }

    /** Votes counted for candidates in this round plus exhausted ballots. */
    public BigDecimal total() {
        return counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).add(exhausted);
    }
}
