package org.coopkit.carshare.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    static Settings load(Map<String, String> cli, Map<String, String> env, Path file) {
        return new SettingsLoader(cli, env, Optional.ofNullable(file)).load();
    }

    @Test
    void the_command_line_wins_over_the_environment_which_wins_over_the_file_which_wins_over_the_default(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("carshare.properties"), "http.port=8001\nhttp.host=0.0.0.0\nsmtp.host=mail.file\n");

        assertThat(load(Map.of(), Map.of(), null).port()).isEqualTo(8080);
        assertThat(load(Map.of(), Map.of(), file).port()).isEqualTo(8001);
        assertThat(load(Map.of(), Map.of("COOP_HTTP_PORT", "8002"), file).port()).isEqualTo(8002);
        assertThat(load(Map.of("http.port", "8003"), Map.of("COOP_HTTP_PORT", "8002"), file).port()).isEqualTo(8003);
        Settings s = load(Map.of(), Map.of("COOP_SMTP_HOST", "mail.env"), file);
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(s.smtpHost()).contains("mail.env");
        assertThat(s.smtpPort()).isEqualTo(587);
    }

    @Test
    void the_config_file_is_found_through_COOP_CONFIG(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("coop.properties"), "db.url=jdbc:postgresql://db.example/coop\ndb.user=coop\n");
        Settings s = load(Map.of(), Map.of("COOP_CONFIG", file.toString()), null);
        assertThat(s.dbUrl()).contains("jdbc:postgresql://db.example/coop");
        assertThat(s.database().user()).isEqualTo("coop");
    }

    @Test
    void a_password_comes_from_a_file_and_a_more_specific_source_wins(@TempDir Path dir) throws IOException {
        Path secretFile = Files.writeString(dir.resolve("db-password"), "from-the-file\n");
        Path file = Files.writeString(dir.resolve("carshare.properties"), "db.url=jdbc:postgresql://h/coop\ndb.password=from-the-config\n");

        assertThat(load(Map.of(), Map.of(), file).database().password()).isEqualTo("from-the-config");
        assertThat(load(Map.of(), Map.of("COOP_DB_PASSWORD_FILE", secretFile.toString()), file).database().password()).isEqualTo("from-the-file");
        assertThat(load(Map.of("db.password", "from-the-cli"), Map.of("COOP_DB_PASSWORD_FILE", secretFile.toString()), file)
                .database().password()).isEqualTo("from-the-cli");
        assertThatThrownBy(() -> load(Map.of("db.password-file", dir.resolve("missing").toString()), Map.of(), file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read the db.password from");
    }

    @Test
    void printing_the_settings_shows_where_a_secret_came_from_never_the_secret(@TempDir Path dir) throws IOException {
        Path secretFile = Files.writeString(dir.resolve("smtp-password"), "smtp-Pa55-w0rd");
        Settings s = load(Map.of("db.url", "jdbc:postgresql://coop:url-Pa55@h/coop?password=query-Pa55&ssl=true", "db.password", "db-Pa55-w0rd"),
                Map.of("COOP_SMTP_HOST", "smtp.example.org", "COOP_SMTP_PASSWORD_FILE", secretFile.toString()), null);

        String printed = s + "\n" + String.join("\n", s.describe()) + "\n" + s.dbPassword() + s.smtpPassword();
        assertThat(printed).doesNotContain("db-Pa55-w0rd", "smtp-Pa55-w0rd", "url-Pa55", "query-Pa55")
                .contains("password **** (from --db-password)", "**** (from COOP_SMTP_PASSWORD_FILE=" + secretFile + ")", "password=****");
        assertThat(s.smtpPassword().orElseThrow().reveal()).isEqualTo("smtp-Pa55-w0rd");
    }

    @Test
    void a_bad_value_is_refused_naming_the_setting_and_where_it_came_from(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> load(Map.of(), Map.of("COOP_HTTP_PORT", "80808"), null))
                .hasMessage("COOP_HTTP_PORT must be between 0 and 65535, not '80808' (from COOP_HTTP_PORT)");
        assertThatThrownBy(() -> load(Map.of("http.port", "x"), Map.of(), null)).hasMessageStartingWith("--port must be between 0 and 65535");
        Path file = Files.writeString(dir.resolve("carshare.properties"), "http.prot=8080\n");
        assertThatThrownBy(() -> load(Map.of(), Map.of(), file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown setting 'http.prot'").hasMessageContaining("http.port");
    }
}
