package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
            case IRV -> InstantRunoff.count(candidates, ballots.size(), profile, s);
            case STV -> SingleTransferableVote.count(seats, candidates, ballots.size(), profile, s);
        };
    }

    /** The highest-ranked of the ballot's choices still in the count, or null: the ballot is exhausted. */
    static String firstContinuing(List<String> prefs, List<String> continuing) {
        for (String c : prefs) if (continuing.contains(c)) return c;
        return null;
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
        List<String> elected = Ties.seatsByVotes(new ArrayList<>(candidates), counts, Math.min(seats, candidates.size()), candidates, seed, 1,
                method == Method.YES_NO_ABSTAIN ? new ArrayList<>() : ties);
        Round round = new Round(1, counts, elected, List.of(), empty, ties);
        return new TallyResult(method, seats, candidates, total, List.of(round), elected, seed);
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
        return Ties.drawOrder(seed, round, tied);
    }

    /** A seed from the ballots themselves (their multiset, not their order). */
    static String seedOf(Map<List<String>, Integer> profile) {
        List<String> lines = new ArrayList<>();
        profile.forEach((k, v) -> lines.add(String.join("\u001f", k) + "\u001e" + v));
        Collections.sort(lines);
        return Ties.sha256(String.join("\n", lines)).substring(0, 16);
    }

    static Map<String, BigDecimal> zeroCounts(List<String> names) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, BigDecimal.ZERO);
        return m;
    }
}
