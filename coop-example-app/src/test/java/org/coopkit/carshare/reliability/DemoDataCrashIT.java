package org.coopkit.carshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.demo.DemoClock;
import org.coopkit.carshare.demo.DemoData;
import org.coopkit.carshare.demo.DemoDataInterrupted;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo-data} killed with SIGKILL in the middle of filling the database: a rerun either
 * fills a complete demo co-op or refuses with a message saying the fill was interrupted; it never
 * answers "the database already holds a co-op" about half a co-op.
 */
class DemoDataCrashIT {
    @TempDir
    Path dir;

    @Test
    void a_demo_fill_killed_midway_is_refused_on_rerun_never_taken_for_complete() throws Exception {
        long seed = Long.getLong("coop.crash.seed", System.nanoTime() % 1_000_000);
        System.out.println("crash-test demo-data: seed=" + seed);
        Path log = CrashIT.logFile("demo-data");
        Process fill = ChildApp.launch(dir, List.of("demo-data"), log);
        // wait until the fill is under way (its progress bar names what it fills), then kill it at a random moment
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(log).contains("members") && System.nanoTime() < deadline && fill.isAlive()) Thread.sleep(50);
        assertThat(fill.isAlive()).as("demo-data still filling when killed (see " + log + ")").isTrue();
        Thread.sleep(new Random(seed).nextInt(4000));
        ChildApp.kill(fill);

        Process rerun = ChildApp.launch(dir, List.of("demo-data"), log);
        String out = new String(rerun.getInputStream().readAllBytes());
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(log);

        try (CarshareApp app = CarshareApp.open(DatabaseConfig.h2File(dir.resolve("data")), Clock.systemUTC())) {
            if (rerun.exitValue() == 0) {
                assertThat(out).contains("demo co-op created");
                assertComplete(app);
            } else {
                assertThat(rerun.exitValue()).as(out + err).isEqualTo(3);
                assertThat(err).contains("refused: the demo data started at").contains("was interrupted before it was complete")
                        .contains("Delete it");
                assertThat(out).doesNotContain("already holds a co-op");
            }
        }
        System.out.println("crash-test demo-data: rerun exit " + rerun.exitValue() + (rerun.exitValue() == 0 ? " (filled from scratch)" : " (refused: interrupted)"));
    }

    @Test
    void an_interrupted_fill_is_refused_and_warned_about_while_a_real_co_op_is_left_alone() {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {
            CarshareFixtures.Running r = CarshareFixtures.start(db, 2);
            DemoClock clock = new DemoClock();
            r.member("A real member", "user");
            assertThat(DemoData.ensure(r.app(), clock, System.err)).as("a co-op that was never a demo").isFalse();

            Refuse.exec(r.app().database(), "insert into carshare_demo_fill (id, started_at) values (1, '2026-12-01T10:00:00Z')");
            assertThatThrownBy(() -> DemoData.ensure(r.app(), clock, System.err))
                    .isInstanceOf(DemoDataInterrupted.class).hasMessageContaining("started at 2026-12-01T10:00:00Z was interrupted");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            DemoData.warnIfInterrupted(r.app(), new java.io.PrintStream(out, true));
            assertThat(out.toString()).startsWith("WARNING: the demo data started at");

            Refuse.exec(r.app().database(), "update carshare_demo_fill set completed_at = '2026-12-01T10:05:00Z'");
            assertThat(DemoData.ensure(r.app(), clock, System.err)).as("a complete demo").isFalse();
        }
    }

    private static void assertComplete(CarshareApp app) {
        assertThat(Refuse.count(app.database(), "select count(*) from carshare_demo_fill where completed_at is not null")).isEqualTo(1);
        assertThat(Refuse.count(app.database(), "select count(*) from core_members")).isEqualTo(41);
        assertThat(Refuse.count(app.database(), "select count(*) from carshare_vehicles")).isEqualTo(12);
        assertThat(Refuse.count(app.database(), "select count(*) from gov_ballots")).isEqualTo(3);
    }
}
