package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single transferable vote (Droop quota, Gregory fractional transfer), round by round: who reaches
 * the quota is elected, one surplus is transferred per round, else the fewest votes is eliminated
 * ({@link Ties}). The rules in full are on {@link Tally}.
 */
final class SingleTransferableVote {
    private SingleTransferableVote() {
    }

    static TallyResult count(int seats, List<String> candidates, int total, Map<List<String>, Integer> profile, String seed) {
        // working ballots: preference list, weight, multiplicity folded into weight
        List<List<String>> prefs = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        int valid = 0;
        for (Map.Entry<List<String>, Integer> e : profile.entrySet()) {
            if (e.getKey().isEmpty()) continue;
            prefs.add(e.getKey());
            weights.add(BigDecimal.valueOf(e.getValue()).setScale(Tally.SCALE));
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
            Map<String, BigDecimal> counts = Tally.zeroCounts(continuing);
            for (String e : pendingSurplus) counts.put(e, BigDecimal.ZERO);
            BigDecimal exhausted = blank;
            Map<String, List<Integer>> holding = new HashMap<>();
            List<TieBreak> ties = new ArrayList<>();
            int roundNo = rounds.size() + 1;
            for (int i = 0; i < prefs.size(); i++) {
                // a ballot stays with the elected candidate holding it until their surplus is transferred;
                // otherwise it counts for its first continuing preference: never for someone already elected
                String top = holder[i] != null && pendingSurplus.contains(holder[i]) ? holder[i] : Tally.firstContinuing(prefs.get(i), continuing);
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
            newly = Ties.seatsByVotes(newly, counts, Math.min(room, newly.size()), candidates, seed, roundNo, ties);
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
                List<String> rest = Ties.seatsByVotes(new ArrayList<>(continuing), counts, continuing.size(), candidates, seed, roundNo, new ArrayList<>());
                List<String> all = new ArrayList<>(newly);
                all.addAll(rest);
                elected.addAll(rest);
                continuing.clear();
                rounds.add(new Round(roundNo, counts, all, List.of(), exhausted, ties));
                break;
            }
            // an elected candidate at exactly the quota has no surplus: all their ballots stay with them
            for (Iterator<String> it = pendingSurplus.iterator(); it.hasNext(); ) {
                String e = it.next();
                if (counts.get(e).compareTo(quota) <= 0) {
                    for (int i : holding.getOrDefault(e, List.of())) weights.set(i, BigDecimal.ZERO.setScale(Tally.SCALE));
                    it.remove();
                }
            }
            // transfer the largest pending surplus, else eliminate the weakest
            String transfer = pendingSurplus.stream().filter(e -> counts.get(e).compareTo(quota) > 0)
                    .max(Comparator.comparing((String c) -> counts.get(c)).thenComparing(c -> Ties.draw(seed, roundNo, c), Comparator.reverseOrder())).orElse(null);
            if (transfer != null) {
                BigDecimal votes = counts.get(transfer);
                BigDecimal factor = votes.subtract(quota).divide(votes, Tally.SCALE, RoundingMode.DOWN);
                for (int i : holding.getOrDefault(transfer, List.of())) weights.set(i, weights.get(i).multiply(factor).setScale(Tally.SCALE, RoundingMode.DOWN));
                pendingSurplus.remove(transfer);
                rounds.add(new Round(roundNo, counts, newly, List.of(), exhausted, ties));
                continue;
            }
            pendingSurplus.clear();
            Map<String, BigDecimal> contCounts = new LinkedHashMap<>();
            for (String c : continuing) contCounts.put(c, counts.get(c));
            String loser = Ties.loser(contCounts, rounds, candidates, seed, roundNo, ties);
            rounds.add(new Round(roundNo, counts, newly, List.of(loser), exhausted, ties));
            continuing.remove(loser);
        }
        return new TallyResult(Method.STV, seats, candidates, total, rounds, elected, seed);
    }
}

