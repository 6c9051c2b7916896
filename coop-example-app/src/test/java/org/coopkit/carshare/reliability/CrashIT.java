package org.coopkit.carshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.reliability.CrashLoad.Acks;
import org.coopkit.carshare.reliability.CrashLoad.Cast;
import org.coopkit.carshare.reliability.CrashLoad.Driver;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is ever lost: the app runs in a child JVM under a seeded mixed load through
 * its HTTP API and is killed with SIGKILL at random moments, {@code coop.crash.cycles} times per
 * database; after each kill the data is opened again and every write the server had answered 2xx
 * must be there, once, with its membership number, chains intact and books balanced.
 *
 * <p>{@code -Dcoop.crash.cycles=N} (default 6, which keeps CI near 4 minutes for both databases on a loaded 2-core machine; the full run is 20) and {@code -Dcoop.crash.seed=S} (default: random,
 * printed) size and replay a run.
 */
class CrashIT {
    static final int CYCLES = Integer.getInteger("coop.crash.cycles", 6);
    static final long SEED = Long.getLong("coop.crash.seed", System.nanoTime() % 1_000_000);
    static final int APPLICANTS = 120;

    @TempDir
    Path dir;

    @Test
    void h2_file_database_keeps_every_acknowledged_write_across_sigkills() throws IOException {
        DatabaseConfig config = DatabaseConfig.h2File(dir.resolve("data")); // what `serve` uses in its ./data
        crashCycles("h2", config, null);
    }

    @Test
    void postgresql_keeps_every_acknowledged_write_across_sigkills() throws IOException {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.POSTGRESQL)) {
            crashCycles("postgresql", db.config(), db.config().jdbcUrl());
        }
    }

    private void crashCycles(String label, DatabaseConfig config, String childUrl) throws IOException {
        System.out.println("crash-test " + label + ": seed=" + SEED + " cycles=" + CYCLES + " (replay with -Dcoop.crash.seed=" + SEED + ")");
        Random random = new Random(SEED);
        Path log = logFile(label);
        Cast cast = setUp(config);
        Acks acks = new Acks();
        acks.votable.addAll(cast.ballots());
        long lost = 0;
        long duplicated = 0;
        long reused = 0;
        boolean dirty = false;
        long forgotten = 0;
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            long t0 = System.nanoTime();
            ChildApp child = ChildApp.serve(dir, childUrl, log);
            new org.coopkit.core.testing.ApiClient(child.base()).get("/api/tariffs/current"); // the first request wakes Jersey up
            long t1 = System.nanoTime();
            long ackedBefore = acks.acknowledged();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new CrashLoad(cast, acks).start(child.base(), SEED * 1000 + cycle, 4, stop);
            // once the load is under way (a first write acknowledged), the kill falls at a random moment, requests in flight included
            long waitUntil = System.nanoTime() + 30_000_000_000L;
            while (acks.acknowledged() == ackedBefore && System.nanoTime() < waitUntil) sleep(20);
            sleep(300 + random.nextInt(2700));
            child.kill();
            stop.set(true);
            for (Thread w : workers) join(w);
            try (CarshareApp app = CarshareApp.open(config, Clock.systemUTC())) {
                CrashChecks.Outcome o = CrashChecks.check(app, acks);
                lost += o.lost();
                duplicated += o.duplicated();
                reused += o.reusedNumbers();
                dirty = !o.clean();
                int c = cycle;
                o.problems().stream().limit(40 - Math.min(40, problems.size())).forEach(p -> problems.add("cycle " + c + ": " + p));
                if (!o.clean()) System.out.println("crash-test " + label + ": cycle " + c + " lost=" + o.lost() + " problems=" + o.problems().size());
                topUpApplicants(app, cast);
            }
            System.out.printf("crash-test %s: cycle %d: start %d ms, acknowledged %d, check %d ms%n", label, cycle,
                    (t1 - t0) / 1_000_000, acks.acknowledged() - ackedBefore, (System.nanoTime() - t1) / 1_000_000);
            // what is lost is forgotten, so that the next cycle counts only its own losses
            if (dirty) {
                long before = acks.acknowledged();
                forgetLost(acks, config);
                forgotten += before - acks.acknowledged();
            }
        }
        System.out.printf("crash-test %s: cycles=%d acknowledged=%d lost=%d duplicated=%d reused-numbers=%d in-doubt=%d refused=%d seed=%d seconds=%d%n",
                label, CYCLES, acks.acknowledged() + forgotten, lost, duplicated, reused + acks.numbersHandedOutTwice.get(), acks.inDoubt.get(), acks.refused.get(), SEED,
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(acks.serverErrors).as("5xx answers").isEmpty();
        assertThat(problems).as("after SIGKILL (seed " + SEED + ")").isEmpty();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(reused + acks.numbersHandedOutTwice.get()).as("membership numbers confirmed to two people").isZero();
        assertThat(acks.trips).as("the load ended trips").isNotEmpty();
        assertThat(acks.admitted).as("the load admitted members").isNotEmpty();
        assertThat(acks.votes).as("the load voted").isNotEmpty();
    }

    /** A board member, a car owner with cars, drivers with API tokens, applicants waiting; the tariff published. */
    private Cast setUp(DatabaseConfig config) {
        try (CarshareApp app = CarshareApp.open(config, Clock.systemUTC())) {
            var core = app.core();
            app.carshare().tariffs().publishInitial(Actor.system(), new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
            Member board = CoreFixtures.admittedWithRole(core, "Crash Board", "worker", Role.BOARD);
            String boardToken = core.auth().login(board.email(), CoreFixtures.PASSWORD, "crash-test").secret();
            Member owner = CoreFixtures.admitted(core, "Crash Owner", "provider");
            List<String> cars = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                cars.add(app.carshare().vehicles().list(core.auth().actorFor(owner.id()),
                        new VehicleService.Listing("Car " + i, 5, "Gare", Energy.ELECTRIC)).id().toString());
            }
            List<Driver> drivers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Member d = CoreFixtures.admitted(core, "Crash Driver " + i, "user");
                drivers.add(new Driver(d.id().toString(), core.auth().login(d.email(), CoreFixtures.PASSWORD, "crash-test").secret()));
            }
            List<String> ballots = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                java.time.Instant now = java.time.Instant.now();
                ballots.add(app.governance().voting().createAndOpen(Actor.system(), org.coopkit.governance.ballots.BallotSpec.resolution(
                        "Crash-test standing resolution " + i, now.minusSeconds(60), now.plus(java.time.Duration.ofDays(30)))).id().toString());
            }
            Cast cast = new Cast(boardToken, drivers, cars, new ConcurrentLinkedQueue<>(), ballots);
            topUpApplicants(app, cast);
            return cast;
        }
    }

    private static void topUpApplicants(CarshareApp app, Cast cast) {
        while (cast.applicants().size() < APPLICANTS) {
            String n = java.util.UUID.randomUUID().toString().substring(0, 12);
            cast.applicants().add(app.core().members().apply(Actor.anonymous(),
                    MemberApplication.of("Applicant " + n, "applicant." + n + "@example.org", "user")).id().toString());
        }
    }

    private static void forgetLost(Acks acks, DatabaseConfig config) {
        // keep counting from what is really there: re-read through a fresh check and drop what is missing
        try (CarshareApp app = CarshareApp.open(config, Clock.systemUTC())) {
            var ds = app.database().dataSource();
            try (var c = ds.getConnection(); var s = c.createStatement()) {
                var present = new java.util.HashSet<String>();
                for (String sql : List.of("select id from carshare_bookings", "select booking_id from carshare_trips", "select id from carshare_work_logs",
                        "select tracking_code from gov_ballot_box")) {
                    try (var rs = s.executeQuery(sql)) {
                        while (rs.next()) present.add(rs.getString(1));
                    }
                }
                var numbers = new java.util.HashMap<String, Long>();
                try (var rs = s.executeQuery("select id, membership_number from core_members where status = 'MEMBER'")) {
                    while (rs.next()) numbers.put(rs.getString(1), rs.getLong(2));
                }
                var ballots = new java.util.HashMap<String, String>();
                try (var rs = s.executeQuery("select id, status from gov_ballots")) {
                    while (rs.next()) ballots.put(rs.getString(1), rs.getString(2));
                }
                acks.bookings.retainAll(present);
                acks.work.retainAll(present);
                acks.trips.removeIf(t -> !present.contains(t));
                acks.votes.removeIf(v -> !present.contains(v.trackingCode()));
                acks.admitted.entrySet().removeIf(e -> !e.getValue().equals(numbers.get(e.getKey())));
                acks.ballotsOpened.removeIf(b -> !ballots.containsKey(b) || "DRAFT".equals(ballots.get(b)));
                acks.votable.removeIf(b -> !"OPEN".equals(ballots.get(b)));
                acks.ballotsClosed.removeIf(b -> !"CLOSED".equals(ballots.get(b)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child's stderr, kept after the test in target/crash-logs. */
    static Path logFile(String label) throws IOException {
        Path logs = Path.of("target", "crash-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(label + "-child.log");
        Files.deleteIfExists(log);
        return log;
    }

    private static final List<java.util.logging.Logger> QUIET = new ArrayList<>();

    static {
        // Liquibase and Hibernate log through java.util.logging; their INFO lines drown the figures
        System.setProperty("liquibase.logLevel", "WARNING");
        for (String name : new String[]{"liquibase", "org.hibernate", "org.glassfish"}) QUIET.add(quiet(name));
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void join(Thread t) {
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
