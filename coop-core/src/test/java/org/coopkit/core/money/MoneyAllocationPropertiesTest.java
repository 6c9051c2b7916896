package org.coopkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.coopkit.core.testing.SeededRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded-random properties of {@link Money#allocate(List)} (our stand-in for jqwik, see DESIGN.md). */
class MoneyAllocationPropertiesTest {
    static Stream<Long> seeds() {
        return SeededRandom.seeds(300);
    }

    record Case(Money amount, List<BigDecimal> weights) {
    }

    static Case generate(long seed) {
        Random r = SeededRandom.random(seed);
        Currency cur = Currency.getInstance(r.nextInt(5) == 0 ? "JPY" : "EUR");
        long minor = r.nextInt(10) == 0 ? r.nextInt(5) : (long) (r.nextDouble() * 10_000_000L);
        if (r.nextInt(8) == 0) minor = -minor;
        int n = 1 + r.nextInt(40);
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            weights.add(switch (r.nextInt(4)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> BigDecimal.valueOf(1 + r.nextInt(3));
                default -> BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4));
            });
        }
        if (weights.stream().allMatch(w -> w.signum() == 0)) weights.set(0, BigDecimal.ONE);
        return new Case(Money.ofMinor(minor, cur), weights);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parts_always_sum_to_the_whole(long seed) {
        Case c = generate(seed);
        List<Money> parts = c.amount().allocate(c.weights());
        assertThat(parts).as("seed %d", seed).hasSize(c.weights().size());
        assertThat(Money.sum(parts, c.amount().currency())).as("seed %d", seed).isEqualTo(c.amount());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void each_part_is_within_one_unit_of_its_exact_share(long seed) {
        Case c = generate(seed);
        List<Money> parts = c.amount().allocate(c.weights());
        BigDecimal total = c.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal units = new BigDecimal(c.amount().minorUnits());
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = units.multiply(c.weights().get(i)).divide(total, MathContext.DECIMAL128);
            BigDecimal got = new BigDecimal(parts.get(i).minorUnits());
            assertThat(got.subtract(exact).abs()).as("seed %d part %d", seed, i).isLessThan(BigDecimal.ONE);
            if (c.weights().get(i).signum() == 0) assertThat(parts.get(i).isZero()).as("seed %d zero weight", seed).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_larger_weight_never_gets_a_smaller_part(long seed) {
        Case c = generate(seed);
        List<Money> parts = c.amount().allocate(c.weights());
        boolean negative = c.amount().minorUnits().signum() < 0;
        for (int i = 0; i < parts.size(); i++) {
            for (int j = 0; j < parts.size(); j++) {
                if (c.weights().get(i).compareTo(c.weights().get(j)) > 0) {
                    java.math.BigInteger larger = parts.get(i).minorUnits(), smaller = parts.get(j).minorUnits();
                    assertThat(negative ? larger.negate() : larger).as("seed %d: weight %s vs %s", seed, c.weights().get(i), c.weights().get(j))
                            .isGreaterThanOrEqualTo(negative ? smaller.negate() : smaller);
                }
            }
        }
    }
}
