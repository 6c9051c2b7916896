package org.coopkit.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.core.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Splitting a refund pool among members: {@link Money#allocate} (exact, largest remainder) against
 * the baseline a naive implementation would write (each share rounded on its own, which does not
 * add up). The ratio tells what exactness costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AllocationBench {
    @Param({"1000", "10000"})
    int members;

    Money pool;
    List<BigDecimal> weights;
    BigDecimal total;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        weights = new ArrayList<>();
        for (int i = 0; i < members; i++) weights.add(BigDecimal.valueOf(r.nextInt(100_000), 2));
        total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        pool = Money.of("123456.78", "EUR");
    }

    @Benchmark
    public List<Money> baseline_round_each_share() {
        List<Money> out = new ArrayList<>(members);
        for (BigDecimal w : weights) {
            out.add(Money.of(pool.amount().multiply(w).divide(total, MathContext.DECIMAL64), pool.currency(), RoundingMode.HALF_UP));
        }
        return out;
    }

    @Benchmark
    public List<Money> largest_remainder_allocate() {
        return pool.allocate(weights);
    }
}
