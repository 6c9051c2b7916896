package org.coopkit.carshare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.governance.ballots.BallotBoxKey;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * PostgreSQL with a synchronous streaming standby ({@code scripts/cluster.sh start pg-standby}).
 *
 * <p>First the standby as a read replica: the treasurer's reports read from it and equal the primary's
 * once it has replayed the primary's WAL; a write through the read pool is refused. Then the primary is
 * killed with SIGKILL in the middle of a bounded load of votes, bookings and postings and the standby
 * is promoted; the client lists both hosts ({@code targetServerType=primary}) and sends a request whose
 * outcome it did not learn again with the same request id or idempotency key. Every acknowledged
 * request is there afterwards, none twice, the chains verify and the trial balance balances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PgStandbyFailoverIT {
    static final Actor SYSTEM = Actor.system();
    static final String PRIMARY = "jdbc:postgresql://127.0.0.1:5441/test?user=postgres";
    static final String STANDBY = "jdbc:postgresql://127.0.0.1:5442/test?user=postgres";

    @BeforeAll
    void startCluster() {
        freshCluster();
    }

    private static void freshCluster() {
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
    @Order(1)
    void reports_read_from_the_standby_equal_the_primary_s_once_it_caught_up_and_a_write_there_is_refused() throws Exception {
        String schema = newSchema();
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
        try (CarshareApp primary = CarshareApp.open(DatabaseConfig.of(PRIMARY + "&currentSchema=" + schema, null, null).withPoolSize(3), clock)) {
            caughtUp(); // the migrated schema is on the standby before Hibernate validates it there
            try (CarshareApp replica = CarshareApp.open(DatabaseConfig.of(PRIMARY + "&currentSchema=" + schema, null, null).withPoolSize(3)
                     .withReadReplica(STANDBY + "&currentSchema=" + schema), clock)) {
                readsFromTheStandby(primary, replica);
            }
        }
    }

    private void readsFromTheStandby(CarshareApp primary, CarshareApp replica) throws Exception {
        {
            assertThat(replica.database().transactions().hasReadReplica()).isTrue();
            FiscalYear year = primary.ledger().fiscalYears().open(SYSTEM, FiscalYear.calendar(2026));
            for (int i = 0; i < 20; i++) post(replica, "replica-" + i, 100 + i); // writes of the replica's app go to the primary

            caughtUp();
            assertThat(replica.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)))
                    .isEqualTo(primary.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)));
            assertThat(replica.ledger().annualAccounts().of(SYSTEM, year.id())).isEqualTo(primary.ledger().annualAccounts().of(SYSTEM, year.id()));
            assertThat(replica.ledger().exports().hledger(SYSTEM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .isEqualTo(primary.ledger().exports().hledger(SYSTEM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

            // the report really comes from the standby: with its replay paused it lacks the newest posting
            sql(STANDBY, "select pg_wal_replay_pause()");
            try {
                post(primary, "after-pause", 5000);
                assertThat(replica.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)))
                        .isNotEqualTo(primary.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)));
            } finally {
                sql(STANDBY, "select pg_wal_replay_resume()");
            }
            caughtUp();
            assertThat(replica.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)))
                    .isEqualTo(primary.ledger().journal().trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)));

            long before = primary.ledger().journal().page(SYSTEM, 0, 1).total();
            assertThatThrownBy(() -> replica.database().transactions().readOnly(() -> replica.database().transactions().entityManager()
                    .createNativeQuery("update ledger_entries set memo = 'edited' where number = 1").executeUpdate()))
                    .hasStackTraceContaining("read-only transaction");
            assertThat(primary.ledger().journal().page(SYSTEM, 0, 1).total()).isEqualTo(before);
            assertThat(primary.ledger().journal().verify(SYSTEM).intact()).as("nothing edited").isTrue();
        }
    }

    @Test
    @Order(2)
    void killing_the_primary_under_load_and_promoting_the_standby_loses_no_acknowledged_request_and_applies_none_twice() throws Exception {
        int runs = Integer.getInteger("coop.cluster.failover.runs", 1);
        int requests = Integer.getInteger("coop.cluster.failover.requests", 90);
        List<ClusterLoad.Figures> figures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            if (run > 1) freshCluster();
            String schema = newSchema();
            String url = "jdbc:postgresql://127.0.0.1:5441,127.0.0.1:5442/test?user=postgres&targetServerType=primary"
                    + "&connectTimeout=3&socketTimeout=20&currentSchema=" + schema;
            MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
            try (CarshareApp app = CarshareApp.open(DatabaseConfig.of(url, null, null).withPoolSize(6), clock, BallotBoxKey.random())) {
                app.carshare().tariffs().publishInitial(SYSTEM, new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
                app.ledger().fiscalYears().open(SYSTEM, FiscalYear.calendar(2026));
                ClusterLoad load = new ClusterLoad(List.of(app), clock, requests);
                load.prepare();
                figures.add(load.run("pg-standby kill -9 primary + promote, run " + run + "/" + runs, 6, requests / 3, () -> {
                    ClusterScript.run("kill", "pg-standby");
                    ClusterScript.run("promote", "pg-standby");
                }, () -> { }));
            }
        }
        System.out.printf("pg-standby failover totals over %d runs: acknowledged=%d lost=%d duplicated=%d retried=%d%n", runs,
                figures.stream().mapToInt(ClusterLoad.Figures::acknowledged).sum(), figures.stream().mapToLong(ClusterLoad.Figures::lost).sum(),
                figures.stream().mapToLong(ClusterLoad.Figures::duplicated).sum(), figures.stream().mapToInt(ClusterLoad.Figures::retried).sum());
    }

    private static String newSchema() throws SQLException {
        String schema = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(PRIMARY, "CREATE SCHEMA " + schema);
        return schema;
    }

    private static void post(CarshareApp app, String key, long cents) {
        app.ledger().journal().post(SYSTEM, PostEntry.of(key, LocalDate.of(2026, 6, 1), "Payout " + key,
                JournalLine.debit("622", Money.ofMinor(cents, java.util.Currency.getInstance("EUR"))),
                JournalLine.credit("512", Money.ofMinor(cents, java.util.Currency.getInstance("EUR")))));
    }

    /** Waits until the standby has replayed everything the primary had written when the wait began. */
    private static void caughtUp() throws Exception {
        String target = query(PRIMARY, "select pg_current_wal_lsn()::text");
        for (int i = 0; i < 600; i++) {
            if ("t".equals(query(STANDBY, "select pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn"))) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the standby did not replay up to " + target + " in 60 s");
    }

    private static void sql(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
