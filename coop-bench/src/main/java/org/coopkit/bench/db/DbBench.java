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
    record Sizes(int repetitions, int bulk, int online, int members, long patronage, int votesRoll, int webMembers, long webPatronage,
                 double webSeconds) {
        static final Sizes QUICK = new Sizes(1, 200, 10, 20, 2_000, 20, 20, 2_000, 0.5);
        static final Sizes FULL = new Sizes(3, 10_000, 100, 1_000, 200_000, 500, 10_000, 1_000_000, 5);

        Sizes(int repetitions, int bulk, int online, int members, long patronage, int votesRoll) {
            this(repetitions, bulk, online, members, patronage, votesRoll, FULL.webMembers, FULL.webPatronage, FULL.webSeconds);
        }
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
        if (s.webMembers() > 0 && !kinds.isEmpty()) {
            // the web rows on one database: PostgreSQL when there is one (the production case), else the first
            DatabaseKind kind = kinds.contains(DatabaseKind.POSTGRESQL) ? DatabaseKind.POSTGRESQL : kinds.get(0);
            lines.addAll(web(s, kind));
        }
        return lines;
    }

    /** REST reads against a Jersey hello on the same container, then the treasurer's and the member's pages under load. */
    static List<String> web(Sizes s, DatabaseKind kind) throws Exception {
        List<String> lines = new ArrayList<>();
        String name = kind.name().toLowerCase(Locale.ROOT);
        try (BenchDatabase bdb = BenchDatabase.fresh(kind); WebRows web = new WebRows(bdb, name)) {
            lines.add(print(web.rest("/api/members/me", 8, s.webSeconds(), Math.max(3, s.repetitions()))));
            lines.add(print(web.rest("/api/tariffs/current", 8, s.webSeconds(), Math.max(3, s.repetitions()))));
            ReportRows report = new ReportRows(web.coop(), name);
            report.members(s.webMembers());
            report.patronage(s.webPatronage());
            String sizes = s.webMembers() + " members, " + s.webPatronage() + " patronage rows";
            lines.add(print(web.pageLatency("treasurer's redistribution page, " + sizes, "/treasurer/years/2026/redistribution", true, 16,
                    s.webSeconds() * 2)));
            lines.add(print(web.pageLatency("member's home page, " + sizes, "/", false, 16, s.webSeconds() * 2)));
        }
        return lines;
    }

    /** Hibernate and Liquibase log through java.util.logging here: only warnings, so the table stays readable. */
    static void quietLogs() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (var h : root.getHandlers()) h.setLevel(java.util.logging.Level.WARNING);
    }

    private static String print(String line) {
        System.out.println(line);
        System.out.flush();
        return line;
    }

    private static String print(Row row) {
        String line = row.line();
        System.out.println(line);
        System.out.flush();
        return line;
    }

    /**
     * {@code java -cp benchmarks.jar org.coopkit.bench.db.DbBench [--quick] [--sizes=repetitions,bulk,online,members,patronage,roll]
     * [--only=h2|postgresql|mariadb] [--web=members,patronage,seconds | --web=0]}.
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
            if (a.startsWith("--web=")) { // members,patronage rows,seconds per side; --web=0 leaves the web rows out
                String[] v = a.substring("--web=".length()).split(",");
                s = v[0].equals("0") ? new Sizes(s.repetitions(), s.bulk(), s.online(), s.members(), s.patronage(), s.votesRoll(), 0, 0, 0)
                        : new Sizes(s.repetitions(), s.bulk(), s.online(), s.members(), s.patronage(), s.votesRoll(), Integer.parseInt(v[0]),
                        Long.parseLong(v[1]), Double.parseDouble(v[2]));
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
