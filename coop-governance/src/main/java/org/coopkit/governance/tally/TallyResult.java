package org.coopkit.governance.tally;

import java.util.List;

/** The outcome of a count: every round, and who was elected (in order of election). */
public record TallyResult(Method method, int seats, List<String> candidates, int ballots, List<Round> rounds, List<String> elected) {
    public TallyResult {
        candidates = List.copyOf(candidates);
        rounds = List.copyOf(rounds);
        elected = List.copyOf(elected);
    }

    public Round firstRound() {
        return rounds.get(0);
    }

    public Round lastRound() {
        return rounds.get(rounds.size() - 1);
    }
}
