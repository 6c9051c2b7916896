package org.coopkit.carshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} as an operator runs it: every option in --help, a taken port refused at once, no secret in the logs. */
class ServeConfigurationIT {
    @Test
    void serve_fails_fast_with_a_clear_message_when_the_port_is_taken_before_generating_demo_data(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long start = System.nanoTime();
            CarshareCliIT.Run r = CarshareCliIT.run("serve", "--demo", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dir.resolve("data").toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port or COOP_HTTP_PORT");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(dir.resolve("data")).doesNotExist();   // no database opened, no demo co-op generated
        }
    }

    @Test
    void help_lists_every_option_and_setting() {
        String root = CarshareCliIT.run("--help").out();
        String serve = CarshareCliIT.run("serve", "--help").out();
        for (var key : org.coopkit.carshare.config.SettingsLoader.KEYS) {
            assertThat(root).contains(key.env(), key.file());
            if (key.option() != null) assertThat(serve).contains(key.option());
        }
        assertThat(serve).contains("--config", "--demo", "--help");
        assertThat(CarshareCliIT.run("report", "surplus", "--help").out()).contains("--db-password-file", "--config");
    }

    @Test
    void no_secret_appears_in_the_logs_of_a_running_server(@TempDir Path dir) throws Exception {
        String dbSecret = "db-S3cret-" + System.nanoTime();
        String smtpSecret = "smtp-S3cret-" + System.nanoTime();
        Path dbPasswordFile = Files.writeString(dir.resolve("db-password"), dbSecret + "\n");
        Path config = Files.writeString(dir.resolve("carshare.properties"), String.join("\n",
                "db.url=jdbc:h2:file:" + dir.resolve("coop").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "db.user=sa",
                "db.password-file=" + dbPasswordFile,
                "http.port=0",
                "smtp.host=127.0.0.1",
                "smtp.user=coop",
                "smtp.password=" + smtpSecret, ""));

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(capture);
        System.setErr(capture);
        try {
            CommandLine cl = new CommandLine(new ServeCommand());
            cl.parseArgs("--config", config.toString());
            ServeCommand serve = cl.getCommand();
            try (ServeCommand.Running running = serve.start(capture, capture)) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                URI base = running.server().baseUri();
                http.send(HttpRequest.newBuilder(base.resolve("api/auth/token")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"nobody@example.org\",\"password\":\"" + dbSecret + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                http.send(HttpRequest.newBuilder(base.resolve("api/no-such-thing")).build(), HttpResponse.BodyHandlers.ofString());
            }
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("carshare: database: jdbc:h2:file:", "as sa, password **** (from " + config + " (db.password-file)=" + dbPasswordFile + ")",
                "carshare: smtp: 127.0.0.1:587 as coop, password **** (from " + config + " (smtp.password))", "running at http://");
        assertThat(log).doesNotContain(dbSecret, smtpSecret);
    }
}
