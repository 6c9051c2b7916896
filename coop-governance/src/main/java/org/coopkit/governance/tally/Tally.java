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
 *       Otherwise the candidate with the fewest votes is eliminated; a tie for fewest is broken by
 *       the fewest votes in the latest earlier round where they differ, then by the later position
 *       in the candidate list. A ballot with no continuing candidate left is exhausted.</li>
 *   <li>STV (single transferable vote, Droop quota, Gregory fractional transfer): quota =
 *       floor(valid ballots / (seats + 1)) + 1. Each round counts ballot weights (initially 1) for
 *       the highest-ranked continuing candidate. Every candidate reaching the quota is elected; the
 *       surplus of the elected candidate with the most votes is then transferred: every ballot
 *       counting for them continues to its next continuing preference with its weight multiplied by
 *       surplus / votes (rounded down to 9 decimals, so no vote is created by rounding). One surplus
 *       is transferred per round. When no one reaches the quota and no surplus is pending, the
 *       candidate with the fewest votes is eliminated (ties as in IRV) and their ballots move on at
 *       their current weight. When the continuing candidates are no more than the seats left, they
 *       are all elected.</li>
 * </ul>
 */
public final class Tally {
    static final int SCALE = 9;

    private Tally() {
    }

    /**
     * @param method     how to count
     * @param seats      seats to fill (1 except for STV and approval with several winners)
     * @param candidates the candidates (options), in ballot-paper order: the order breaks last ties
     * @param ballots    each ballot's choices, in order of preference; unknown names, blanks and
     *                   repeats after the first are ignored
     */
    public static TallyResult count(Method method, int seats, List<String> candidates, List<List<String>> ballots) {
        if (seats < 1) throw new IllegalArgumentException("seats must be at least 1");
        if (candidates.isEmpty()) throw new IllegalArgumentException("at least one candidate is needed");
        if (new LinkedHashSet<>(candidates).size() != candidates.size()) throw new IllegalArgumentException("candidate names must be distinct");
        Map<List<String>, Integer> profile = aggregate(candidates, ballots, method == Method.APPROVAL ? Integer.MAX_VALUE
                : method == Method.PLURALITY || method == Method.YES_NO_ABSTAIN ? 1 : Integer.MAX_VALUE);
        return switch (method) {
            case PLURALITY, YES_NO_ABSTAIN, APPROVAL -> single(method, seats, candidates, ballots.size(), profile);
            case IRV -> irv(candidates, ballots.size(), profile);
            case STV -> stv(seats, candidates, ballots.size(), profile);
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

    private static TallyResult single(Method method, int seats, List<String> candidates, int total, Map<List<String>, Integer> profile) {
        Map<String, BigDecimal> counts = zeroCounts(candidates);
        BigDecimal empty = BigDecimal.ZERO;
        for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
            if (e.getKey().isEmpty()) empty = empty.add(BigDecimal.valueOf(e.getValue()));
            for (String c : e.getKey()) counts.merge(c, BigDecimal.valueOf(e.getValue()), BigDecimal::add);
        }
        List<String> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((String c) -> counts.get(c)).reversed().thenComparing(candidates::indexOf));
        List<String> elected = List.copyOf(order.subList(0, Math.min(seats, order.size())));
        Round round = new Round(1, counts, elected, List.of(), empty);
        return new TallyResult(method, seats, candidates, total, List.of(round), elected);
    }

    private static TallyResult irv(List<String> candidates, int total, Map<List<String>, Integer> profile) {
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
                return new TallyResult(Method.IRV, 1, candidates, total, rounds, elected);
            }
            if (continuing.isEmpty()) {
                rounds.add(new Round(rounds.size() + 1, counts, List.of(), List.of(), exhausted));
                return new TallyResult(Method.IRV, 1, candidates, total, rounds, elected);
            }
            String loser = loser(counts, rounds, candidates);
            rounds.add(new Round(rounds.size() + 1, counts, List.of(), List.of(loser), exhausted));
            continuing.remove(loser);
        }
    }

    private static TallyResult stv(int seats, List<String> candidates, int total, Map<List<String>, Integer> profile) {
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
        while (elected.size() < seats) {
            Map<String, BigDecimal> counts = zeroCounts(continuing);
            for (String e : pendingSurplus) counts.put(e, BigDecimal.ZERO);
            BigDecimal exhausted = blank;
            Map<String, List<Integer>> holding = new HashMap<>();
            for (int i = 0; i < prefs.size(); i++) {
                String top = firstContinuing(prefs.get(i), union(continuing, pendingSurplus));
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
            newly.sort(Comparator.comparing((String c) -> counts.get(c)).reversed().thenComparing(candidates::indexOf));
            int room = seats - elected.size();
            if (newly.size() > room) newly = new ArrayList<>(newly.subList(0, room));
            if (!newly.isEmpty()) {
                elected.addAll(newly);
                continuing.removeAll(newly);
                pendingSurplus.addAll(newly);
            }
            if (elected.size() == seats) {
                rounds.add(new Round(rounds.size() + 1, counts, newly, List.of(), exhausted));
                break;
            }
            if (continuing.size() <= seats - elected.size()) {
                List<String> rest = new ArrayList<>(continuing);
                rest.sort(Comparator.comparing((String c) -> counts.get(c)).reversed().thenComparing(candidates::indexOf));
                List<String> all = new ArrayList<>(newly);
                all.addAll(rest);
                elected.addAll(rest);
                rounds.add(new Round(rounds.size() + 1, counts, all, List.of(), exhausted));
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
                    .max(Comparator.comparing((String c) -> counts.get(c)).thenComparing(c -> -candidates.indexOf(c))).orElse(null);
            if (transfer != null) {
                BigDecimal votes = counts.get(transfer);
                BigDecimal factor = votes.subtract(quota).divide(votes, SCALE, RoundingMode.DOWN);
                for (int i : holding.getOrDefault(transfer, List.of())) weights.set(i, weights.get(i).multiply(factor).setScale(SCALE, RoundingMode.DOWN));
                pendingSurplus.remove(transfer);
                rounds.add(new Round(rounds.size() + 1, counts, newly, List.of(), exhausted));
                continue;
            }
            pendingSurplus.clear();
            Map<String, BigDecimal> contCounts = new LinkedHashMap<>();
            for (String c : continuing) contCounts.put(c, counts.get(c));
            String loser = loser(contCounts, rounds, candidates);
            rounds.add(new Round(rounds.size() + 1, counts, newly, List.of(loser), exhausted));
            continuing.remove(loser);
        }
        return new TallyResult(Method.STV, seats, candidates, total, rounds, elected);
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        List<String> u = new ArrayList<>(a);
        u.addAll(b);
        return u;
    }

    private static String firstContinuing(List<String> prefs, List<String> continuing) {
        for (String c : prefs) if (continuing.contains(c)) return c;
        return null;
    }

    private static String leader(Map<String, BigDecimal> counts, List<String> candidates) {
        return counts.keySet().stream().max(Comparator.comparing((String c) -> counts.get(c))
                .thenComparing(c -> -candidates.indexOf(c))).orElse(null);
    }

    /** Fewest votes; ties by fewest in the latest earlier round where they differ; then the later ballot position. */
    static String loser(Map<String, BigDecimal> counts, List<Round> earlier, List<String> candidates) {
        BigDecimal min = Collections.min(counts.values());
        List<String> tied = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : counts.entrySet()) if (e.getValue().compareTo(min) == 0) tied.add(e.getKey());
        for (int r = earlier.size() - 1; r >= 0 && tied.size() > 1; r--) {
            Map<String, BigDecimal> past = earlier.get(r).counts();
            BigDecimal least = tied.stream().map(c -> past.getOrDefault(c, BigDecimal.ZERO)).min(BigDecimal::compareTo).orElseThrow();
            tied.removeIf(c -> past.getOrDefault(c, BigDecimal.ZERO).compareTo(least) != 0);
        }
        return tied.stream().max(Comparator.comparing(candidates::indexOf)).orElseThrow();
    }

    private static Map<String, BigDecimal> zeroCounts(List<String> names) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, BigDecimal.ZERO);
        return m;
    }
}
