package org.coopkit.bench.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.coopkit.core.persistence.DatabaseKind;

/**
 * The database rows of the bench (docs/performance.md): CoopKit against hand-written JDBC on the
 * same fresh schema, interleaved, on H2, PostgreSQL ({@code COOP_BENCH_POSTGRES_URL}) and MariaDB
 * ({@code COOP_BENCH_MARIADB_URL}). {@code --quick} runs small sizes once, to prove the bench still
 * works (CI); it fails (exit 1) when a row cannot be measured or the journal chain does not verify.
 */
public final class DbBench {
    private DbBench() {
    }

    /** Sizes of one run. */
    record Sizes(int repetitions, int bulk, int online, int members, long patronage, int votesRoll) {
        static final Sizes QUICK = new Sizes(1, 200, 10, 20, 2_000, 20);
        static final Sizes FULL = new Sizes(3, 10_000, 100, 1_000, 200_000, 500);
    }

    /** Runs every row on every available database and returns the table's lines. */
    public static List<String> run(Sizes s, List<DatabaseKind> kinds) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        quietLogs();
        List<String> lines = new ArrayList<>();
        lines.add(Row.header());
        for (DatabaseKind kind : kinds) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            try (BenchDatabase bdb = BenchDatabase.fresh(kind); BenchCoop coop = BenchCoop.open(bdb)) {
                JournalRows journal = new JournalRows(coop, name);
                journal.bulk(Math.max(50, s.bulk() / 10), 1); // warm-up, not reported
                journal.online(1, 5, 1);
                lines.add(print(journal.bulk(s.bulk(), s.repetitions())));
                lines.add(print(journal.online(1, s.online(), s.repetitions())));
                lines.add(print(journal.online(8, Math.max(5, s.online() / 4), s.repetitions())));
                journal.verifyChain();
                ReportRows report = new ReportRows(coop, name);
                report.members(s.members());
                report.patronage(s.patronage());
                report.report(1); // warm-up
                lines.add(print(report.report(s.repetitions())));
                VoteRows votes = new VoteRows(coop, name);
                lines.add(print(votes.votes(report.members().subList(0, Math.min(s.votesRoll(), report.members().size())), 1, s.repetitions())));
                lines.add(print(votes.votes(report.members().subList(0, Math.min(s.votesRoll(), report.members().size())), 8, s.repetitions())));
            }
        }
        return lines;
    }

    /** Hibernate and Liquibase log through java.util.logging here: only warnings, so the table stays readable. */
    private static void quietLogs() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (var h : root.getHandlers()) h.setLevel(java.util.logging.Level.WARNING);
    }

    private static String print(Row row) {
        String line = row.line();
        System.out.println(line);
        System.out.flush();
        return line;
    }

    /**
     * {@code java -cp benchmarks.jar org.coopkit.bench.db.DbBench [--quick] [--sizes=repetitions,bulk,online,members,patronage,roll]
     * [--only=h2|postgresql|mariadb]}.
     */
    public static void main(String[] args) throws Exception {
        Sizes s = Sizes.FULL;
        List<DatabaseKind> kinds = BenchDatabase.available();
        for (String a : args) {
            if (a.equals("--quick")) s = Sizes.QUICK;
            if (a.startsWith("--sizes=")) {
                String[] v = a.substring("--sizes=".length()).split(",");
                s = new Sizes(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3]),
                        Long.parseLong(v[4]), Integer.parseInt(v[5]));
            }
            if (a.startsWith("--only=")) kinds = List.of(DatabaseKind.valueOf(a.substring("--only=".length()).toUpperCase(Locale.ROOT)));
        }
        long t0 = System.nanoTime();
        List<String> lines = run(s, kinds);
        System.out.println();
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%n(db bench took %.0f s)%n", (System.nanoTime() - t0) / 1e9);
    }
}
