package org.coopkit.governance.tally;

import java.util.List;

/**
 * A tie the count had to break, as shown in the round report and the JSON.
 *
 * @param round   the round in which it was broken
 * @param at      {@code elimination} (who is eliminated) or {@code seat} (who takes the last seats)
 * @param tied    the candidates tied, in ballot-paper order
 * @param brokenBy {@code earlier rounds} (fewest votes in the latest earlier round where they differ)
 *                or {@code draw} (the seeded draw: {@link Tally#drawOrder})
 * @param chosen  the candidates eliminated or seated by the break
 */
public record TieBreak(int round, String at, List<String> tied, String brokenBy, List<String> chosen) {
    /**
     * Copies the lists.
     *
     * @param round the round in which it was broken
     * @param at {@code elimination} or {@code seat}
     * @param tied the candidates tied
     * @param brokenBy {@code earlier rounds} or {@code draw}
     * @param chosen the candidates eliminated or seated by the break
     */
    public TieBreak {
        tied = List.copyOf(tied);
        chosen = List.copyOf(chosen);
    }
}
