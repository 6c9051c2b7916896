package org.coopkit.bench.db;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.DatabaseKind;

/**
 * The redistribution report at scale on PostgreSQL (issue 17): for each number of members, patronage rows are
 * added step by step (e.g. 1M, 2M, 5M, 10M) into the real tables with {@code INSERT … SELECT generate_series}, and
 * at each step the report ({@code AllocationService.report}) is timed against the raw SQL it needs (the same
 * three queries as the report row), with the heap the report takes above where it started.
 *
 * <pre>
 * java -cp coop-bench/target/benchmarks.jar org.coopkit.bench.db.ScaleRun \
 *     --members=10000,100000 --rows=1000000,2000000,5000000,10000000 [--repetitions=2]
 * </pre>
 * Needs {@code COOP_BENCH_POSTGRES_URL}; each member count gets a fresh schema, dropped afterwards.
 */
public final class ScaleRun {
    private static final Actor TREASURER = new Actor(java.util.Optional.empty(), java.util.Set.of(Role.TREASURER), "scale");

    private ScaleRun() {
    }

    /**
     * Runs the curve and prints one line per step.
     *
     * @param args {@code --members=…}, {@code --rows=…} (comma-separated, ascending), {@code --repetitions=N}
     * @throws Exception when a step cannot be measured
     */
    public static void main(String[] args) throws Exception {
        long[] members = longs(arg(args, "--members=", "10000,100000"));
        long[] rows = longs(arg(args, "--rows=", "1000000,2000000,5000000,10000000"));
        int repetitions = Integer.parseInt(arg(args, "--repetitions=", "2"));
        if (BenchDatabase.env(BenchDatabase.POSTGRES_ENV) == null) {
            System.err.println("scale run: set " + BenchDatabase.POSTGRES_ENV + " (PostgreSQL only)");
            System.exit(2);
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        DbBench.quietLogs();
        System.out.println("| members | patronage rows | load (s) | report, median (s) | raw SQL, median (s) | report / raw | report heap peak (MB) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (long m : members) {
            try (BenchDatabase bdb = BenchDatabase.fresh(DatabaseKind.POSTGRESQL); BenchCoop coop = BenchCoop.open(bdb)) {
                ReportRows raw = new ReportRows(coop, "postgresql");
                addMembers(coop, m);
                long have = 0;
                for (long r : rows) {
                    long t0 = System.nanoTime();
                    addPatronage(coop, m, have, r);
                    double load = (System.nanoTime() - t0) / 1e9;
                    have = r;
                    coop.ledger().allocations().report(TREASURER, coop.year().id()); // warm-up
                    List<Double> reports = new ArrayList<>();
                    List<Double> raws = new ArrayList<>();
                    long heap = 0;
                    for (int i = 0; i < repetitions; i++) {
                        try (HeapPeak peak = new HeapPeak()) {
                            long a = System.nanoTime();
                            coop.ledger().allocations().report(TREASURER, coop.year().id());
                            reports.add((System.nanoTime() - a) / 1e9);
                            heap = Math.max(heap, peak.megabytes());
                        }
                        long b = System.nanoTime();
                        raw.raw();
                        raws.add((System.nanoTime() - b) / 1e9);
                    }
                    double rep = median(reports);
                    double base = median(raws);
                    System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.2f | %.2f | %.2f× | %d |%n", m, r, load, rep, base, rep / base, heap);
                }
            }
        }
    }

    /** {@code n} admitted members numbered 1…n, each with one subscription of 5 shares and its payment. */
    static void addMembers(BenchCoop coop, long n) throws Exception {
        try (Connection c = coop.db().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into core_members (id, membership_number, name, email, category, status, applied_on, status_since, version)"
                    + " select gen_random_uuid()::text, g, 'Member ' || g, 'm' || g || '@scale.example', 'user', 'MEMBER',"
                    + " date '2025-01-01', date '2025-01-01', 0 from generate_series(1, " + n + ") g");
            s.executeUpdate("update core_counters set next_value = " + (n + 1) + " where name = 'membership_number'");
            s.executeUpdate("insert into core_capital_movements (id, member_id, kind, shares, amount, currency, on_date, memo)"
                    + " select gen_random_uuid()::text, id, k.kind, k.shares, 100.00, 'EUR', date '2025-03-01', 'scale'"
                    + " from core_members, (values ('SUBSCRIPTION', 5), ('PAYMENT', 0)) as k(kind, shares)");
            c.commit();
            s.execute("analyze");
            c.commit();
        }
    }

    /** Patronage rows {@code from+1 … to}, spread over the members round-robin, two kinds, the whole of 2026. */
    static void addPatronage(BenchCoop coop, long members, long from, long to) throws Exception {
        try (Connection c = coop.db().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (long lo = from + 1; lo <= to; lo += 1_000_000) {
                long hi = Math.min(to, lo + 999_999);
                s.executeUpdate("insert into ledger_patronage (id, source_id, party_kind, member_id, party, on_date, kind, volume, amount, fees,"
                        + " currency, entry_id, activity_ref, recorded_at)"
                        + " select gen_random_uuid()::text, 'scale-trip-' || g, 'MEMBER', m.id, m.name, date '2026-01-01' + (g % 365)::int,"
                        + " case when g % 3 = 0 then 'SALES' else 'PURCHASES' end, 10 + g % 90, 10 + g % 90, 0, 'EUR', null, null, now()"
                        + " from generate_series(" + lo + ", " + hi + ") g join core_members m on m.membership_number = (g % " + members + ") + 1");
                c.commit();
            }
            s.execute("analyze");
            c.commit();
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String arg(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst().orElse(otherwise);
    }

    private static long[] longs(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray();
    }
}
