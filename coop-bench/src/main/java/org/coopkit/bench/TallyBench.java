package org.coopkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.governance.tally.Method;
import org.coopkit.governance.tally.Tally;
import org.coopkit.governance.tally.TallyResult;
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
 * Counting 100,000 ranked ballots over 10 candidates by IRV and STV, against the baseline of simply
 * counting first preferences once (the least any count must do). Linear tallies keep the ratio small
 * and independent of the number of ballots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TallyBench {
    @Param({"10000", "100000"})
    int ballots;

    List<String> candidates;
    List<List<String>> box;

    @Setup
    public void setUp() {
        Random r = new Random(7);
        candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) candidates.add("Candidate " + i);
        box = new ArrayList<>(ballots);
        for (int i = 0; i < ballots; i++) {
            List<String> b = new ArrayList<>(candidates);
            Collections.shuffle(b, r);
            box.add(List.copyOf(b.subList(0, 1 + r.nextInt(10))));
        }
    }

    @Benchmark
    public Map<String, Integer> baseline_first_preferences() {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> b : box) counts.merge(b.get(0), 1, Integer::sum);
        return counts;
    }

    @Benchmark
    public TallyResult irv() {
        return Tally.count(Method.IRV, 1, candidates, box);
    }

    @Benchmark
    public TallyResult stv_three_seats() {
        return Tally.count(Method.STV, 3, candidates, box);
    }
}
