package org.coopkit.bench.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the bench's table: CoopKit's and the baseline's throughput over interleaved
 * repetitions (CoopKit, baseline, CoopKit, baseline …), reported as medians, the ratio of the
 * medians and the spread of the per-repetition ratios.
 */
public final class Row {
    private final String measure;
    private final String database;
    private final String unit;
    private final String target;
    private final List<Double> coop = new ArrayList<>();
    private final List<Double> base = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param unit   what the throughput counts ("entries/s")
     * @param target the target for the ratio ("≥ 0.5")
     */
    public Row(String measure, String database, String unit, String target) {
        this.measure = measure;
        this.database = database;
        this.unit = unit;
        this.target = target;
    }

    /** Records one repetition: work units done by each side and the nanoseconds each took. */
    public void add(long coopUnits, long coopNanos, long baseUnits, long baseNanos) {
        coop.add(coopUnits * 1e9 / coopNanos);
        base.add(baseUnits * 1e9 / baseNanos);
    }

    /** A figure measured beside the throughput (heap, statements). */
    public void note(String note) {
        notes.add(note);
    }

    /** The ratio of the medians (CoopKit throughput / baseline throughput). */
    public double ratio() {
        return median(coop) / median(base);
    }

    /** The line of the table. */
    public String line() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < coop.size(); i++) ratios.add(coop.get(i) / base.get(i));
        return String.format(Locale.ROOT, "| %s | %s | %,.1f %s | %,.1f %s | %.2f | %.2f–%.2f (n=%d) | %s | %s |", measure, database,
                median(coop), unit, median(base), unit, ratio(), min(ratios), max(ratios), ratios.size(), target, String.join("; ", notes));
    }

    /** The table's header. */
    public static String header() {
        return "| measure | db | CoopKit | baseline | ratio | spread | target | notes |\n|---|---|---|---|---|---|---|---|";
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
