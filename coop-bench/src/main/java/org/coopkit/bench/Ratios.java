package org.coopkit.bench;

import java.util.Collection;
import java.util.List;
import org.coopkit.bench.db.DbBench;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints each as a ratio against the baseline measured in the same run:
 * {@code java -jar coop-bench/target/benchmarks.jar} runs the database rows ({@link DbBench}) then the
 * JMH benchmarks; {@code --quick} runs the database rows at small sizes once (CI); {@code --db} the
 * database rows only; {@code --jmh [regex]} the JMH benchmarks only. JMH methods named
 * {@code baseline_*} are baselines.
 */
public final class Ratios {
    private Ratios() {
    }

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        String[] dbArgs = a.stream().filter(x -> x.startsWith("--sizes=") || x.startsWith("--only=") || x.equals("--quick")).toArray(String[]::new);
        if (!a.contains("--jmh")) DbBench.main(dbArgs);
        if (a.contains("--db") || a.contains("--quick")) return;
        List<String> rest = a.stream().filter(x -> !x.startsWith("-")).toList();
        jmh(rest.isEmpty() ? "org.coopkit.bench.[A-Z].*" : rest.get(0));
    }

    private static void jmh(String include) throws RunnerException {
        Options opts = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> baselines = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            if (label.substring(label.lastIndexOf('.') + 1).startsWith("baseline")) {
                baselines.put(key(r), r.getPrimaryResult().getScore());
            }
        }
        System.out.println();
        System.out.println("benchmark | params | score | unit | ratio to baseline");
        for (RunResult r : results) {
            Double base = baselines.get(key(r));
            double score = r.getPrimaryResult().getScore();
            System.out.printf("%s | %s | %.3f | %s | %s%n", r.getParams().getBenchmark().replace("org.coopkit.bench.", ""),
                    params(r), score, r.getPrimaryResult().getScoreUnit(), base == null ? "-" : String.format("%.2fx", score / base));
        }
    }

    private static String key(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(0, b.lastIndexOf('.')) + "|" + params(r);
    }

    private static String params(RunResult r) {
        StringBuilder sb = new StringBuilder();
        for (String k : r.getParams().getParamsKeys()) sb.append(k).append('=').append(r.getParams().getParam(k)).append(' ');
        return sb.toString().trim();
    }
}
