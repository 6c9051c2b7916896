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
