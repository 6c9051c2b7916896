package org.coopkit.governance.tally;

import java.util.List;

/**
 * The outcome of a count: every round, who was elected (in order of election), and the seed of the
 * draw that breaks the ties earlier rounds do not (published so anyone can redo the count).
 *
 * @param method how the ballots were counted
 * @param seats the seats to fill
 * @param candidates the candidates, in ballot-paper order
 * @param ballots how many ballots were counted
 * @param rounds every round, in order
 * @param elected who was elected, in order of election
 * @param seed the seed of the tie-breaking draw
 */
public record TallyResult(Method method, int seats, List<String> candidates, int ballots, List<Round> rounds, List<String> elected,
                          String seed) {
    /**
     * Copies the lists.
     *
     * @param method how the ballots were counted
     * @param seats the seats to fill
     * @param candidates the candidates, in ballot-paper order
     * @param ballots how many ballots were counted
     * @param rounds every round, in order
     * @param elected who was elected, in order of election
     * @param seed the seed of the tie-breaking draw
     */
    public TallyResult {
        candidates = List.copyOf(candidates);
        rounds = List.copyOf(rounds);
        elected = List.copyOf(elected);
    }

    /**
     * The first round (first preferences, for STV).
     * @return the first round
     */
    public Round firstRound() {
        return rounds.get(0);
    }

    /**
     * The last round: the final counts.
     * @return the last round
     */
    public Round lastRound() {
        return rounds.get(rounds.size() - 1);
    }

    /**
     * Seats no candidate could fill (the ballots ran out of continuing candidates).
     *
     * @return the seats left empty, 0 or more
     */
    public int unfilledSeats() {
        return Math.max(0, seats - elected.size());
    }

    /**
     * Every tie broken, round by round.
     *
     * @return the tie-breaks of every round, in order
     */
    public List<TieBreak> ties() {
        return rounds.stream().flatMap(r -> r.ties().stream()).toList();
    }
}
