package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Ties, broken the one published way: for an elimination, the fewest votes in the latest earlier
 * round where the tied differ, then a draw seeded with the published seed; for the last seats, the
 * draw. Every tie broken is recorded as a {@link TieBreak}.
 */
final class Ties {
    private Ties() {
    }

    /**
     * Fewest votes; a tie by the fewest in the latest earlier round where the tied differ, then by the
     * seeded draw (the candidate drawn first is eliminated). Records the tie broken in {@code ties}.
     */
    static String loser(Map<String, BigDecimal> counts, List<Round> earlier, List<String> candidates, String seed, int round, List<TieBreak> ties) {
        BigDecimal min = Collections.min(counts.values());
        List<String> tied = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : counts.entrySet()) if (e.getValue().compareTo(min) == 0) tied.add(e.getKey());
        if (tied.size() == 1) return tied.get(0);
        List<String> all = paperOrder(tied, candidates);
        for (int r = earlier.size() - 1; r >= 0 && tied.size() > 1; r--) {
            Map<String, BigDecimal> past = earlier.get(r).counts();
            BigDecimal least = tied.stream().map(c -> past.getOrDefault(c, BigDecimal.ZERO)).min(BigDecimal::compareTo).orElseThrow();
            tied.removeIf(c -> past.getOrDefault(c, BigDecimal.ZERO).compareTo(least) != 0);
        }
        if (tied.size() == 1) {
            ties.add(new TieBreak(round, "elimination", all, "earlier rounds", tied));
            return tied.get(0);
        }
        String out = drawOrder(seed, round, tied).get(0);
        ties.add(new TieBreak(round, "elimination", all, "draw", List.of(out)));
        return out;
    }

    /**
     * The {@code n} candidates with the most votes, in order; when the last seats fall inside a group
     * of equal votes, the group is ordered by the seeded draw and the tie recorded.
     */
    static List<String> seatsByVotes(List<String> pool, Map<String, BigDecimal> counts, int n, List<String> candidates, String seed, int round,
                                     List<TieBreak> ties) {
        List<String> order = new ArrayList<>(pool);
        order.sort(Comparator.comparing((String c) -> counts.get(c)).reversed().thenComparing(c -> draw(seed, round, c)));
        if (n <= 0) return List.of();
        if (n < order.size()) {
            BigDecimal boundary = counts.get(order.get(n - 1));
            if (counts.get(order.get(n)).compareTo(boundary) == 0) {
                List<String> group = order.stream().filter(c -> counts.get(c).compareTo(boundary) == 0).toList();
                List<String> seated = order.subList(0, n).stream().filter(group::contains).toList();
                ties.add(new TieBreak(round, "seat", paperOrder(group, candidates), "draw", seated));
            }
        }
        return List.copyOf(order.subList(0, n));
    }

    /** The tied candidates ordered by SHA-256 of {@code seed|round|name} (see {@link Tally#drawOrder}). */
    static List<String> drawOrder(String seed, int round, List<String> tied) {
        List<String> order = new ArrayList<>(tied);
        order.sort(Comparator.comparing((String c) -> draw(seed, round, c)).thenComparing(Comparator.naturalOrder()));
        return order;
    }

    static String draw(String seed, int round, String candidate) {
        return sha256(seed + "|" + round + "|" + candidate);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paperOrder(List<String> some, List<String> candidates) {
        List<String> o = new ArrayList<>(some);
        o.sort(Comparator.comparing(candidates::indexOf));
        return o;
    }
}

