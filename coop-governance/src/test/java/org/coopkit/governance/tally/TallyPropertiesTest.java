package org.coopkit.governance.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.coopkit.core.testing.SeededRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded-random properties of the ranked counts (our stand-in for jqwik; see DESIGN.md). */
class TallyPropertiesTest {
    static Stream<Long> seeds() {
        return SeededRandom.seeds(150);
    }

    static List<String> candidates(Random r) {
        List<String> c = new ArrayList<>();
        int n = 2 + r.nextInt(7);
        for (int i = 0; i < n; i++) c.add("C" + i);
        return c;
    }

    static List<List<String>> ballots(Random r, List<String> candidates, int n) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> b = new ArrayList<>(candidates);
            Collections.shuffle(b, r);
            out.add(List.copyOf(b.subList(0, r.nextInt(b.size() + 1))));
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_order_of_ballots_does_not_change_the_result(long seed) {
        Random r = SeededRandom.random(seed);
        List<String> c = candidates(r);
        List<List<String>> b = ballots(r, c, 1 + r.nextInt(300));
        int seats = 1 + r.nextInt(Math.min(3, c.size()));
        List<List<String>> shuffled = new ArrayList<>(b);
        Collections.shuffle(shuffled, r);
        assertThat(Tally.count(Method.IRV, 1, c, shuffled)).as("seed %d", seed).isEqualTo(Tally.count(Method.IRV, 1, c, b));
        assertThat(Tally.count(Method.STV, seats, c, shuffled)).as("seed %d", seed).isEqualTo(Tally.count(Method.STV, seats, c, b));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_majority_of_first_preferences_wins_in_round_one(long seed) {
        Random r = SeededRandom.random(seed);
        List<String> c = candidates(r);
        List<List<String>> b = ballots(r, c, r.nextInt(100));
        String favourite = c.get(r.nextInt(c.size()));
        int extra = b.size() + 1 + r.nextInt(50);
        for (int i = 0; i < extra; i++) b.add(List.of(favourite));
        TallyResult result = Tally.count(Method.IRV, 1, c, b);
        assertThat(result.rounds()).as("seed %d", seed).hasSize(1);
        assertThat(result.elected()).as("seed %d", seed).containsExactly(favourite);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_round_counts_more_votes_than_there_are_ballots(long seed) {
        Random r = SeededRandom.random(seed);
        List<String> c = candidates(r);
        List<List<String>> b = ballots(r, c, 1 + r.nextInt(300));
        int seats = 1 + r.nextInt(Math.min(3, c.size()));
        for (Method m : List.of(Method.IRV, Method.STV)) {
            TallyResult result = Tally.count(m, m == Method.IRV ? 1 : seats, c, b);
            for (Round round : result.rounds()) {
                assertThat(round.total()).as("seed %d %s round %d", seed, m, round.number())
                        .isLessThanOrEqualTo(BigDecimal.valueOf(b.size()));
            }
            assertThat(result.elected()).as("seed %d %s", seed, m).doesNotHaveDuplicates()
                    .hasSizeLessThanOrEqualTo(m == Method.IRV ? 1 : seats);
        }
    }
}
