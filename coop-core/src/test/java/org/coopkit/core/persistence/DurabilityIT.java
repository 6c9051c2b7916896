package org.coopkit.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.coopkit.core.CoreModule;
import org.coopkit.core.persistence.internal.Durability;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2xx answer means the change is on disk: CoopKit opens only durable databases, and H2 durably. */
class DurabilityIT {
    @TempDir
    Path dir;

    @AfterEach
    void strictAgain() {
        System.clearProperty(Durability.PROPERTY);
    }

    static String h2Setting(Database db, String name) {
        return db.transactions().inTransaction(() -> String.valueOf(db.transactions().entityManager()
                .createNativeQuery("select max(setting_value) from information_schema.settings where setting_name = '" + name + "'")
                .getSingleResult()));
    }

    @Test
    void the_embedded_default_commits_without_write_delay_and_forces_each_writing_commit_to_disk() {
        try (Database db = Database.open(DatabaseConfig.h2File(dir), CoreModule.SCHEMA)) {
            assertThat(h2Setting(db, "WRITE_DELAY")).isEqualTo("0");
            long before = db.transactions().writingCommitCount();

            db.transactions().run(() -> db.transactions().entityManager()
                    .createNativeQuery("select count(*) from core_members").getSingleResult());
            assertThat(db.transactions().writingCommitCount()).as("a read forces nothing").isEqualTo(before);

            db.transactions().run(() -> db.transactions().entityManager()
                    .createNativeQuery("insert into core_counters (name, next_value) values ('durable', 1)").executeUpdate());
            assertThat(db.transactions().writingCommitCount()).as("a write is forced to disk").isEqualTo(before + 1);
        }
    }

    @Test
    void an_h2_file_url_without_a_write_delay_gets_none() {
        String url = "jdbc:h2:file:" + dir.resolve("plain").toAbsolutePath();
        try (Database db = Database.open(DatabaseConfig.of(url, "sa", ""), CoreModule.SCHEMA)) {
            assertThat(h2Setting(db, "WRITE_DELAY")).isEqualTo("0");
        }
    }

    @Test
    void an_h2_file_database_with_a_write_delay_is_refused_naming_the_setting() {
        String url = "jdbc:h2:file:" + dir.resolve("delayed").toAbsolutePath() + ";WRITE_DELAY=500";
        assertThatThrownBy(() -> Database.open(DatabaseConfig.of(url, "sa", ""), CoreModule.SCHEMA))
                .isInstanceOf(DurabilityOff.class)
                .hasMessageContaining("WRITE_DELAY is 500")
                .hasMessageContaining(";WRITE_DELAY=0");
    }

    @Test
    void with_the_warn_override_a_delayed_database_opens_for_throw_away_data() {
        System.setProperty(Durability.PROPERTY, "warn");
        String url = "jdbc:h2:file:" + dir.resolve("scratch").toAbsolutePath() + ";WRITE_DELAY=500";
        try (Database db = Database.open(DatabaseConfig.of(url, "sa", ""), CoreModule.SCHEMA)) {
            assertThat(h2Setting(db, "WRITE_DELAY")).isEqualTo("500");
        }
    }

    /** What durability costs on H2: writing commits per second, durable (the default) against H2's own 500 ms write delay. */
    @Test
    void the_cost_of_durable_commits_on_h2_is_measured_and_printed() {
        double durable = commitsPerSecond(DatabaseConfig.h2File(dir.resolve("durable")));
        System.setProperty(Durability.PROPERTY, "warn");
        double delayed = commitsPerSecond(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("delayed").toAbsolutePath() + "/coopkit;WRITE_DELAY=500", "sa", ""));
        System.out.printf("h2 commit cost: durable=%.0f commits/s, write-delay-500ms=%.0f commits/s (one insert per transaction, one thread)%n",
                durable, delayed);
    }

    private static double commitsPerSecond(DatabaseConfig config) {
        try (Database db = Database.open(config, CoreModule.SCHEMA)) {
            int n = 0;
            long warm = System.nanoTime();
            while (System.nanoTime() - warm < 1_000_000_000L) insert(db, "c" + n++);
            int measured = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 3_000_000_000L) {
                insert(db, "c" + n++);
                measured++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = db.transactions().inTransaction(() -> ((Number) db.transactions().entityManager()
                    .createNativeQuery("select count(*) from core_counters where name like 'c%'").getSingleResult()).longValue());
            assertThat(rows).isEqualTo(n);
            return measured / seconds;
        }
    }

    private static void insert(Database db, String name) {
        db.transactions().run(() -> db.transactions().entityManager()
                .createNativeQuery("insert into core_counters (name, next_value) values (:n, 1)").setParameter("n", name).executeUpdate());
    }

    @Test
    void postgresql_with_synchronous_commit_off_is_refused() {
        try (TestDatabase pg = TestDatabases.fresh(DatabaseKind.POSTGRESQL)) {
            String url = pg.config().jdbcUrl() + "&options=-c%20synchronous_commit%3Doff";
            assertThatThrownBy(() -> Database.open(DatabaseConfig.of(url, null, null), CoreModule.SCHEMA))
                    .isInstanceOf(DurabilityOff.class)
                    .hasMessageContaining("synchronous_commit=off");
            try (Database ok = pg.open(CoreModule.SCHEMA)) {
                assertThat(ok.kind()).as("the server's default is durable").isEqualTo(DatabaseKind.POSTGRESQL);
            }
        }
    }
}
