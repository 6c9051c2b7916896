package org.coopkit.core.testing;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeds for property tests (we do not use jqwik; see DESIGN.md). Use with
 * {@code @ParameterizedTest @MethodSource}; put the seed in every assertion message so a failure
 * can be replayed: {@code COOP_TEST_SEED=1234 mvn test} runs only that seed.
 */
public final class SeededRandom {
    private SeededRandom() {
    }

    /** {@code n} seeds derived from a base seed (or only {@code COOP_TEST_SEED} when set). */
    public static Stream<Long> seeds(int n) {
        String fixed = System.getenv("COOP_TEST_SEED");
        if (fixed != null && !fixed.isBlank()) return Stream.of(Long.parseLong(fixed.trim()));
        Random base = new Random(0xC00FL);
        return LongStream.range(0, n).map(i -> base.nextLong()).boxed();
    }

    public static Random random(long seed) {
        return new Random(seed);
    }
}
