package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Instant runoff (IRV), round by round: each round counts every ballot for its highest-ranked
 * continuing candidate; more than half of the continuing votes wins, else the fewest votes is
 * eliminated ({@link Ties}). The rules in full are on {@link Tally}.
 */
final class InstantRunoff {
    private InstantRunoff() {
    }

    static TallyResult count(List<String> candidates, int total, Map<List<String>, Integer> profile, String seed) {
        List<String> continuing = new ArrayList<>(candidates);
        List<Round> rounds = new ArrayList<>();
        List<String> elected = new ArrayList<>();
        while (true) {
            Map<String, BigDecimal> counts = Tally.zeroCounts(continuing);
            BigDecimal exhausted = BigDecimal.ZERO;
            for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
                String top = Tally.firstContinuing(e.getKey(), continuing);
                BigDecimal n = BigDecimal.valueOf(e.getValue());
                if (top == null) exhausted = exhausted.add(n);
                else counts.merge(top, n, BigDecimal::add);
            }
            BigDecimal active = counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String leader = leader(counts, candidates);
            if (leader != null && (counts.get(leader).multiply(BigDecimal.valueOf(2)).compareTo(active) > 0 || continuing.size() == 1)) {
                elected.add(leader);
                rounds.add(new Round(rounds.size() + 1, counts, List.of(leader), List.of(), exhausted));
                return new TallyResult(Method.IRV, 1, candidates, total, rounds, elected, seed);
            }
            if (continuing.isEmpty()) {
                rounds.add(new Round(rounds.size() + 1, counts, List.of(), List.of(), exhausted));
                return new TallyResult(Method.IRV, 1, candidates, total, rounds, elected, seed);
            }
            List<TieBreak> ties = new ArrayList<>();
            String loser = Ties.loser(counts, rounds, candidates, seed, rounds.size() + 1, ties);
            rounds.add(new Round(rounds.size() + 1, counts, List.of(), List.of(loser), exhausted, ties));
            continuing.remove(loser);
        }
    }

    private static String leader(Map<String, BigDecimal> counts, List<String> candidates) {
        return counts.keySet().stream().max(Comparator.comparing((String c) -> counts.get(c))
                .thenComparing(c -> -candidates.indexOf(c))).orElse(null);
    }
}

