package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts ballots by any {@link Method}, round by round, deterministically and in time linear in
 * the number of ballots (identical ballots are counted once, with a multiplicity).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>PLURALITY, YES_NO_ABSTAIN: one round; each ballot's first valid choice gets one vote.</li>
 *   <li>APPROVAL: one round; each ballot gives one vote to every distinct candidate it names.</li>
 *   <li>IRV (instant runoff): each round counts every ballot for its highest-ranked continuing
 *       candidate. A candidate with more than half of the continuing (non-exhausted) votes wins.
 *       Otherwise the candidate with the fewest votes is eliminated. A ballot with no continuing
 *       candidate left is exhausted.</li>
 *   <li>STV (single transferable vote, Droop quota, Gregory fractional transfer): quota =
 *       floor(valid ballots / (seats + 1)) + 1. Each round counts ballot weights (initially 1) for
 *       the highest-ranked continuing candidate. Every candidate reaching the quota is elected; the
 *       surplus of the elected candidate with the most votes is then transferred: every ballot
 *       counting for them continues to its next continuing preference — never to a candidate already
 *       elected, whose surplus is pending or not — with its weight multiplied by
 *       surplus / votes (rounded down to 9 decimals, so no vote is created by rounding). One surplus
 *       is transferred per round. When no one reaches the quota and no surplus is pending, the
 *       candidate with the fewest votes is eliminated (ties as in IRV) and their ballots move on at
 *       their current weight. When the continuing candidates are no more than the seats left, they
 *       are all elected; seats still empty then are reported as unfilled.</li>
 * </ul>
 *
 * <h2>Ties</h2>
 * A tie for elimination is broken by the fewest votes in the latest earlier round where the tied
 * candidates differ; if they never differed, and for a tie for the last seats, by a draw seeded with
 * a published seed ({@link #drawOrder}) — never by the order of lines in a file or of names on the
 * paper. Every tie broken is recorded in its round ({@link TieBreak}). The default seed is a hash of
 * the ballots themselves (independent of their order); the service uses the hash at the head of the
 * ballot board, fixed when the ballot closes.
 */
public final class Tally {
    static final int SCALE = 9;

    private Tally() {
    }

    /**
     * Counts the ballots by the method, the tie-breaking draw seeded with a hash of the ballots.
     *
     * @param method     how to count
     * @param seats      seats to fill (1 except for STV and approval with several winners)
     * @param candidates the candidates (options), in ballot-paper order: the order breaks last ties
     * @param ballots    each ballot's choices, in order of preference; unknown names, blanks and
     *                   repeats after the first are ignored
     * @return the winners, the rounds and the tie-breaks used
     * @throws IllegalArgumentException if seats are below 1, or candidates are missing or repeated
     */
    public static TallyResult count(Method method, int seats, List<String> candidates, List<List<String>> ballots) {
        return count(method, seats, candidates, ballots, null);
    }

    /**
     * As {@link #count(Method, int, List, List)}, with the seed of the tie-breaking draw (null: a hash of the ballots).
     *
     * @param method how to count
     * @param seats seats to fill, at least 1
     * @param candidates the candidates, distinct, in ballot-paper order
     * @param ballots each ballot's choices, in order of preference
     * @param seed the seed of the tie-breaking draw; null for a hash of the ballots
     * @return the winners, the rounds and the tie-breaks used
     * @throws IllegalArgumentException if seats are below 1, or candidates are missing or repeated
     */
    public static TallyResult count(Method method, int seats, List<String> candidates, List<List<String>> ballots, String seed) {
        if (seats < 1) throw new IllegalArgumentException("seats must be at least 1");
        if (candidates.isEmpty()) throw new IllegalArgumentException("at least one candidate is needed");
        if (new LinkedHashSet<>(candidates).size() != candidates.size()) throw new IllegalArgumentException("candidate names must be distinct");
        Map<List<String>, Integer> profile = aggregate(candidates, ballots, method == Method.APPROVAL ? Integer.MAX_VALUE
                : method == Method.PLURALITY || method == Method.YES_NO_ABSTAIN ? 1 : Integer.MAX_VALUE);
        String s = seed == null || seed.isBlank() ? seedOf(profile) : seed.strip();
        return switch (method) {
            case PLURALITY, YES_NO_ABSTAIN, APPROVAL -> single(method, seats, candidates, ballots.size(), profile, s);
            case IRV -> irv(candidates, ballots.size(), profile, s);
            case STV -> stv(seats, candidates, ballots.size(), profile, s);
        };
    }

    /** Identical cleaned ballots counted once: linear in ballots. */
    static Map<List<String>, Integer> aggregate(List<String> candidates, List<List<String>> ballots, int keep) {
        Set<String> known = Set.copyOf(candidates);
        Map<List<String>, Integer> profile = new LinkedHashMap<>();
        for (List<String> b : ballots) {
            LinkedHashSet<String> clean = new LinkedHashSet<>();
            for (String c : b) {
                if (c == null) continue;
                String name = c.strip();
                if (!name.isEmpty() && known.contains(name)) clean.add(name);
                if (clean.size() == keep) break;
            }
            profile.merge(List.copyOf(clean), 1, Integer::sum);
        }
        return profile;
    }

    private static TallyResult single(Method method, int seats, List<String> candidates, int total, Map<List<String>, Integer> profile, String seed) {
        Map<String, BigDecimal> counts = zeroCounts(candidates);
        BigDecimal empty = BigDecimal.ZERO;
        for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
            if (e.getKey().isEmpty()) empty = empty.add(BigDecimal.valueOf(e.getValue()));
            for (String c : e.getKey()) counts.merge(c, BigDecimal.valueOf(e.getValue()), BigDecimal::add);
        }
        List<TieBreak> ties = new ArrayList<>();
        List<String> elected = seatsByVotes(new ArrayList<>(candidates), counts, Math.min(seats, candidates.size()), candidates, seed, 1,
                method == Method.YES_NO_ABSTAIN ? new ArrayList<>() : ties);
        Round round = new Round(1, counts, elected, List.of(), empty, ties);
        return new TallyResult(method, seats, candidates, total, List.of(round), elected, seed);
    }

    private static TallyResult irv(List<String> candidates, int total, Map<List<String>, Integer> profile, String seed) {
        List<String> continuing = new ArrayList<>(candidates);
        List<Round> rounds = new ArrayList<>();
        List<String> elected = new ArrayList<>();
        while (true) {
            Map<String, BigDecimal> counts = zeroCounts(continuing);
            BigDecimal exhausted = BigDecimal.ZERO;
            for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
                String top = firstContinuing(e.getKey(), continuing);
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
            String loser = loser(counts, rounds, candidates, seed, rounds.size() + 1, ties);
            rounds.add(new Round(rounds.size() + 1, counts, List.of(), List.of(loser), exhausted, ties));
            continuing.remove(loser);
        }
    }

    private static TallyResult stv(int seats, List<String> candidates, int total, Map<List<String>, Integer> profile, String seed) {
        // working ballots: preference list, weight, multiplicity folded into weight
        List<List<String>> prefs = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        int valid = 0;
        for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
            if (e.getKey().isEmpty()) continue;
            prefs.add(e.getKey());
            weights.add(BigDecimal.valueOf(e.getValue()).setScale(SCALE));
            valid += e.getValue();
        }
        BigDecimal quota = BigDecimal.valueOf(valid / (seats + 1) + 1);
        List<String> continuing = new ArrayList<>(candidates);
        List<String> elected = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        BigDecimal blank = BigDecimal.valueOf(total - valid);
        List<String> pendingSurplus = new ArrayList<>();
        String[] holder = new String[prefs.size()];
        while (elected.size() < seats && !continuing.isEmpty()) {
            Map<String, BigDecimal> counts = zeroCounts(continuing);
            for (String e : pendingSurplus) counts.put(e, BigDecimal.ZERO);
            BigDecimal exhausted = blank;
            Map<String, List<Integer>> holding = new HashMap<>();
            List<TieBreak> ties = new ArrayList<>();
            int roundNo = rounds.size() + 1;
            for (int i = 0; i < prefs.size(); i++) {
                // a ballot stays with the elected candidate holding it until their surplus is transferred;
                // otherwise it counts for its first continuing preference: never for someone already elected
                String top = holder[i] != null && pendingSurplus.contains(holder[i]) ? holder[i] : firstContinuing(prefs.get(i), continuing);
                holder[i] = top;
                if (top == null) {
                    exhausted = exhausted.add(weights.get(i));
                } else {
                    counts.merge(top, weights.get(i), BigDecimal::add);
                    holding.computeIfAbsent(top, k -> new ArrayList<>()).add(i);
                }
            }
            // who reaches the quota now
            List<String> newly = new ArrayList<>();
            for (String c : continuing) if (counts.get(c).compareTo(quota) >= 0) newly.add(c);
            int room = seats - elected.size();
            newly = seatsByVotes(newly, counts, Math.min(room, newly.size()), candidates, seed, roundNo, ties);
            if (!newly.isEmpty()) {
                elected.addAll(newly);
                continuing.removeAll(newly);
                pendingSurplus.addAll(newly);
            }
            if (elected.size() == seats) {
                rounds.add(new Round(roundNo, counts, newly, List.of(), exhausted, ties));
                break;
            }
            if (continuing.size() <= seats - elected.size()) {
                List<String> rest = seatsByVotes(new ArrayList<>(continuing), counts, continuing.size(), candidates, seed, roundNo, new ArrayList<>());
                List<String> all = new ArrayList<>(newly);
                all.addAll(rest);
                elected.addAll(rest);
                continuing.clear();
                rounds.add(new Round(roundNo, counts, all, List.of(), exhausted, ties));
                break;
            }
            // an elected candidate at exactly the quota has no surplus: all their ballots stay with them
            for (java.util.Iterator<String> it = pendingSurplus.iterator(); it.hasNext(); ) {
                String e = it.next();
                if (counts.get(e).compareTo(quota) <= 0) {
                    for (int i : holding.getOrDefault(e, List.of())) weights.set(i, BigDecimal.ZERO.setScale(SCALE));
                    it.remove();
                }
            }
            // transfer the largest pending surplus, else eliminate the weakest
            String transfer = pendingSurplus.stream().filter(e -> counts.get(e).compareTo(quota) > 0)
                    .max(Comparator.comparing((String c) -> counts.get(c)).thenComparing(c -> draw(seed, roundNo, c), Comparator.reverseOrder())).orElse(null);
            if (transfer != null) {
                BigDecimal votes = counts.get(transfer);
                BigDecimal factor = votes.subtract(quota).divide(votes, SCALE, RoundingMode.DOWN);
                for (int i : holding.getOrDefault(transfer, List.of())) weights.set(i, weights.get(i).multiply(factor).setScale(SCALE, RoundingMode.DOWN));
                pendingSurplus.remove(transfer);
                rounds.add(new Round(roundNo, counts, newly, List.of(), exhausted, ties));
                continue;
            }
            pendingSurplus.clear();
            Map<String, BigDecimal> contCounts = new LinkedHashMap<>();
            for (String c : continuing) contCounts.put(c, counts.get(c));
            String loser = loser(contCounts, rounds, candidates, seed, roundNo, ties);
            rounds.add(new Round(roundNo, counts, newly, List.of(loser), exhausted, ties));
            continuing.remove(loser);
        }
        return new TallyResult(Method.STV, seats, candidates, total, rounds, elected, seed);
    }

    private static String firstContinuing(List<String> prefs, List<String> continuing) {
        for (String c : prefs) if (continuing.contains(c)) return c;
        return null;
    }

    private static String leader(Map<String, BigDecimal> counts, List<String> candidates) {
        return counts.keySet().stream().max(Comparator.comparing((String c) -> counts.get(c))
                .thenComparing(c -> -candidates.indexOf(c))).orElse(null);
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

    /**
     * The seeded draw: the tied candidates ordered by SHA-256 of {@code seed|round|name}. Anyone with
     * the published seed can redo it; it depends neither on the order of ballots nor of candidates.
     *
     * @param seed the published seed
     * @param round the round of the tie (1-based)
     * @param tied the tied candidates
     * @return the tied candidates in draw order
     */
    public static List<String> drawOrder(String seed, int round, List<String> tied) {
        List<String> order = new ArrayList<>(tied);
        order.sort(Comparator.comparing((String c) -> draw(seed, round, c)).thenComparing(Comparator.naturalOrder()));
        return order;
    }

    private static String draw(String seed, int round, String candidate) {
        return sha256(seed + "|" + round + "|" + candidate);
    }

    /** A seed from the ballots themselves (their multiset, not their order). */
    static String seedOf(Map<List<String>, Integer> profile) {
        List<String> lines = new ArrayList<>();
        profile.forEach((k, v) -> lines.add(String.join("\u001f", k) + "\u001e" + v));
        Collections.sort(lines);
        return sha256(String.join("\n", lines)).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paperOrder(List<String> some, List<String> candidates) {
        List<String> o = new ArrayList<>(some);
        o.sort(Comparator.comparing(candidates::indexOf));
        return o;
    }

    private static Map<String, BigDecimal> zeroCounts(List<String> names) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, BigDecimal.ZERO);
        return m;
    }
}
