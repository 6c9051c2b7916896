package org.coopkit.bench.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * The journal rows: bulk posting ({@code postAll}) and online posting (one entry per transaction,
 * with its idempotency key, on 1 and 8 threads), each against {@link JournalBaseline} on the same
 * schema, interleaved. The chain is verified at the end: both sides wrote one valid chain.
 */
final class JournalRows {
    private static final Actor TREASURER = new Actor(java.util.Optional.empty(), java.util.Set.of(Role.TREASURER), "bench");
    private static final AtomicLong KEYS = new AtomicLong();
    private final BenchCoop coop;
    private final JournalBaseline baseline;
    private final String db;

    JournalRows(BenchCoop coop, String db) {
        this.coop = coop;
        this.baseline = new JournalBaseline(coop.db().dataSource(), coop.db().kind(), coop.year());
        this.db = db;
    }

    /** Three lines a trip makes: the bank is debited, sales and fees credited; dates spread over the year. */
    static PostEntry entry(String side, long i) {
        String key = side + "-" + KEYS.incrementAndGet();
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(i % 365);
        return PostEntry.of(key, date, "Trip " + i, JournalLine.debit("512", Money.of("36.00", "EUR")),
                JournalLine.credit("706", Money.of("30.00", "EUR")), JournalLine.credit("708", Money.of("6.00", "EUR")));
    }

    static List<PostEntry> entries(String side, int n) {
        List<PostEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(entry(side, i));
        return out;
    }

    Row bulk(int entries, int repetitions) throws Exception {
        Row row = new Row("bulk postAll, " + entries + " entries × 3 lines", db, "entries/s", "≥ 0.5");
        long peak = 0;
        for (int r = 0; r < repetitions; r++) {
            List<PostEntry> a = entries("bulk-coop", entries);
            long coopNanos;
            try (HeapPeak heap = new HeapPeak()) {
                long t0 = System.nanoTime();
                coop.ledger().journal().postAll(TREASURER, a);
                coopNanos = System.nanoTime() - t0;
                peak = Math.max(peak, heap.megabytes());
            }
            a = null;
            List<PostEntry> b = entries("bulk-base", entries);
            long t1 = System.nanoTime();
            baseline.bulk(b, TREASURER.name());
            long baseNanos = System.nanoTime() - t1;
            row.add(entries, coopNanos, entries, baseNanos);
        }
        row.note(String.format(java.util.Locale.ROOT, "CoopKit heap peak +%d MB", peak));
        return row;
    }

    Row online(int threads, int perThread, int repetitions) throws Exception {
        Row row = new Row("online posting with key, " + threads + " thread" + (threads > 1 ? "s" : ""), db, "entries/s", "≥ 0.7");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < repetitions; r++) {
                long coopNanos = parallel(pool, threads, () -> {
                    for (int i = 0; i < perThread; i++) coop.ledger().journal().post(TREASURER, entry("online-coop", i));
                    return null;
                });
                long baseNanos = parallel(pool, threads, () -> {
                    for (int i = 0; i < perThread; i++) {
                        PostEntry e = entry("online-base", i);
                        retrying(() -> baseline.online(e, TREASURER.name()));
                    }
                    return null;
                });
                row.add((long) threads * perThread, coopNanos, (long) threads * perThread, baseNanos);
            }
        } finally {
            pool.shutdown();
        }
        return row;
    }

    /** Checks that both sides together wrote one chain that verifies. */
    void verifyChain() {
        var v = coop.ledger().journal().verify(Actor.system());
        if (!v.intact()) throw new IllegalStateException("the journal chain does not verify after the bench: " + v);
    }

    interface SqlWork {
        void run() throws Exception;
    }

    /** The baseline retries a deadlock or serialization failure as CoopKit's transaction runner does. */
    static void retrying(SqlWork work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (java.sql.SQLException e) {
                String state = e.getSQLState();
                boolean retry = "40001".equals(state) || "40P01".equals(state) || e.getErrorCode() == 1213 || e.getErrorCode() == 1205
                        || "90131".equals(state);
                if (!retry || attempt > 20) throw e;
                Thread.sleep(1 + attempt);
            }
        }
    }

    static long parallel(ExecutorService pool, int threads, java.util.concurrent.Callable<Void> work) throws Exception {
        List<Future<Void>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) fs.add(pool.submit(work));
        for (Future<Void> f : fs) f.get();
        return System.nanoTime() - t0;
    }
}
