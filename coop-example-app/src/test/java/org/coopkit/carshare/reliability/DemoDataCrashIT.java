package org.coopkit.carshare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.core.persistence.DatabaseConfig;
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

    private static void assertComplete(CarshareApp app) {
        assertThat(Refuse.count(app.database(), "select count(*) from carshare_demo_fill where completed_at is not null")).isEqualTo(1);
        assertThat(Refuse.count(app.database(), "select count(*) from core_members")).isEqualTo(41);
        assertThat(Refuse.count(app.database(), "select count(*) from carshare_vehicles")).isEqualTo(12);
        assertThat(Refuse.count(app.database(), "select count(*) from gov_ballots")).isEqualTo(3);
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }
}
