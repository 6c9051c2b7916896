package org.coopkit.carshare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL with a synchronous streaming standby ({@code scripts/cluster.sh start pg-standby}): the
 * primary is killed with SIGKILL in the middle of a bounded load of keyed postings and the standby is
 * promoted; clients list both hosts ({@code targetServerType=primary}) and retry a posting whose outcome
 * they did not learn with the same idempotency key. Every acknowledged posting is there afterwards,
 * none twice, the chain verifies and the trial balance balances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgStandbyFailoverIT {
    static final Actor SYSTEM = Actor.system();

    @BeforeAll
    void startCluster() {
        ClusterScript.run("stop", "pg-standby");
        ClusterScript.Result start = ClusterScript.run("start", "pg-standby");
        assumeTrue(start.exitCode() != 3, "PostgreSQL standby cannot start on this machine: " + start.output());
        assertThat(start.exitCode()).as("cluster.sh start pg-standby: %s", start.output()).isZero();
    }

    @AfterAll
    void stopCluster() {
        if (!Boolean.getBoolean("coop.cluster.keep")) ClusterScript.run("stop", "pg-standby");
    }

    @Test
    void killing_the_primary_under_load_and_promoting_the_standby_loses_no_acknowledged_posting() throws Exception {
        String schema = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5441/test?user=postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = "jdbc:postgresql://127.0.0.1:5441,127.0.0.1:5442/test?user=postgres&targetServerType=primary"
                + "&connectTimeout=3&socketTimeout=20&currentSchema=" + schema;
        int total = Integer.getInteger("coop.cluster.failover.postings", 240);
        int killAt = total / 3;
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (CarshareApp app = CarshareApp.open(DatabaseConfig.of(url, null, null).withPoolSize(6), clock)) {
            app.ledger().fiscalYears().open(SYSTEM, FiscalYear.calendar(2026));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            for (int t = 0; t < 6; t++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        if (i == killAt) {
                            ClusterScript.run("kill", "pg-standby");
                            ClusterScript.run("promote", "pg-standby");
                        }
                        String key = "failover-" + i;
                        PostEntry p = PostEntry.of(key, LocalDate.of(2026, 6, 1).plusDays(i % 30), "Payout " + i,
                                JournalLine.debit("622", Money.ofMinor(100 + i, java.util.Currency.getInstance("EUR"))), JournalLine.credit("512", Money.ofMinor(100 + i, java.util.Currency.getInstance("EUR"))));
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                        while (true) {
                            try {
                                JournalEntry e = app.ledger().journal().post(SYSTEM, p);
                                if (e.key().value().equals(key)) acknowledged.add(key);
                                break;
                            } catch (RuntimeException unknownOutcome) {
                                // the connection died with the primary: the outcome is unknown, retry with the same key
                                retried.incrementAndGet();
                                if (System.nanoTime() > deadline) break;
                                sleep(500);
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("load finished").isTrue();

            var journal = app.ledger().journal();
            Set<String> present = new HashSet<>();
            int page = 0;
            for (var p = journal.page(SYSTEM, page, 500); !p.entries().isEmpty(); p = journal.page(SYSTEM, ++page, 500)) {
                p.entries().forEach(e -> present.add(e.key().value()));
            }
            long lost = acknowledged.stream().filter(k -> !present.contains(k)).count();
            long entries = journal.page(SYSTEM, 0, 1).total();
            System.out.printf("pg-standby failover: postings=%d acknowledged=%d lost=%d duplicated=%d retried=%d%n", total,
                    acknowledged.size(), lost, entries - present.size(), retried.get());
            assertThat(lost).as("acknowledged postings lost").isZero();
            assertThat(entries).as("no posting applied twice").isEqualTo(present.size());
            assertThat(acknowledged).as("every posting acknowledged once the standby took over").hasSize(total);
            assertThat(journal.verify(SYSTEM).intact()).isTrue();
            assertThat(journal.trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)).balanced()).isTrue();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
