package org.coopkit.carshare.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.config.Settings;
import org.coopkit.carshare.demo.DemoClock;
import org.coopkit.carshare.demo.DemoData;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.web.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the web app and REST API, configured by options, environment and config file. */
@Command(name = "serve", description = "Run the co-op's web app and REST API.",
        footer = {"", "Precedence: command line > environment (COOP_*) > config file > default. See docs/configuration.md."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (0 = any free port); env COOP_HTTP_PORT, file http.port. Default: 8080")
    Integer port;
    @Option(names = "--host", description = "interface to listen on; env COOP_HTTP_HOST, file http.host. Default: 127.0.0.1")
    String host;
    @Option(names = "--smtp-host", description = "SMTP relay; env COOP_SMTP_HOST, file smtp.host. Default: none (no mail is sent)")
    String smtpHost;
    @Option(names = "--smtp-port", description = "SMTP port; env COOP_SMTP_PORT, file smtp.port. Default: 587")
    Integer smtpPort;
    @Option(names = "--smtp-user", description = "SMTP user; env COOP_SMTP_USER, file smtp.user")
    String smtpUser;
    @Option(names = "--smtp-password-file", paramLabel = "FILE", description = "file holding the SMTP password; env COOP_SMTP_PASSWORD_FILE "
            + "(or COOP_SMTP_PASSWORD), file smtp.password-file")
    Path smtpPasswordFile;
    @Option(names = "--mail-from", description = "sender address of the co-op's mail; env COOP_MAIL_FROM, file mail.from. Default: coop@localhost")
    String mailFrom;
    @Option(names = "--base-url", description = "address members reach the app at, for links in mail; env COOP_BASE_URL, file mail.base-url. Default: http://HOST:PORT/")
    String baseUrl;
    @Option(names = "--reminder-hours", description = "hours before a ballot's close its reminder is mailed; env COOP_MAIL_REMINDER_HOURS, file mail.reminder-hours. Default: 48")
    Integer reminderHours;
    @Option(names = "--demo", description = "fill an empty database with the demo co-op and print the demo users")
    boolean demo;
    @Option(names = "--ballot-box-key", defaultValue = "data/ballot-box.key",
            description = "file holding the key that lets a secret vote be replaced by its own voter only; created if absent; keep it out of database backups (default ${DEFAULT-VALUE})")
    java.nio.file.Path ballotBoxKey;
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (Running running = start(System.out, System.err)) {
            System.out.println("Press Ctrl-C to stop.");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** The settings this command line resolves to (with the environment and the config file). */
    Settings settings() {
        Map<String, String> cli = new HashMap<>();
        DatabaseOptions.put(cli, "http.port", port == null ? null : port.toString());
        DatabaseOptions.put(cli, "http.host", host);
        DatabaseOptions.put(cli, "smtp.host", smtpHost);
        DatabaseOptions.put(cli, "smtp.port", smtpPort == null ? null : smtpPort.toString());
        DatabaseOptions.put(cli, "smtp.user", smtpUser);
        DatabaseOptions.put(cli, "smtp.password-file", smtpPasswordFile == null ? null : smtpPasswordFile.toString());
        DatabaseOptions.put(cli, "mail.from", mailFrom);
        DatabaseOptions.put(cli, "mail.base-url", baseUrl);
        DatabaseOptions.put(cli, "mail.reminder-hours", reminderHours == null ? null : reminderHours.toString());
        return db.settings(cli);
    }

    /** Starts the server; fails fast, before touching the database, when the port is taken. */
    Running start(PrintStream out, PrintStream err) throws Exception {
        Settings settings = settings();
        DatabaseConfig database = settings.database();           // a bad URL is refused before anything starts
        requirePortFree(settings.host(), settings.port());       // so is a taken port: before the demo data, not after
        settings.describe().forEach(line -> err.println("carshare: " + line));
        DemoClock clock = new DemoClock();
        CarshareApp app = CarshareApp.open(database, clock, org.coopkit.governance.ballots.BallotBoxKey.fromFile(ballotBoxKey),
                new CarshareApp.MailConfig(settings.publicUrl(), java.time.Duration.ofHours(settings.reminderHours())));
        org.coopkit.core.mail.MailPort mail = settings.smtpHost()
                .<org.coopkit.core.mail.MailPort>map(h -> new org.coopkit.carshare.mail.SmtpMail(h, settings.smtpPort(), settings.smtpUser(),
                        settings.smtpPassword(), settings.mailFrom(), clock))
                .orElseGet(() -> new org.coopkit.carshare.mail.EmlFolderMail(settings.mailFolder(), settings.mailFrom(), clock));
        err.println("carshare: mail goes through " + mail.describe());
        // ballots close by themselves at their announced close, even when the board forgets
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ballot-deadlines");
            t.setDaemon(true);
            return t;
        });
        try {
            if (demo) DemoData.ensure(app, clock, err);
            else DemoData.warnIfInterrupted(app, err);
            app.governance().deadlineCloser().start(scheduler, java.time.Duration.ofSeconds(30));
            // mail leaves after the commits that queued it; reminders are queued once per ballot
            app.governance().mailer().start(scheduler, java.time.Duration.ofMinutes(1));
            app.core().outboxSender(mail).start(scheduler, java.time.Duration.ofSeconds(10));
            ApiServer server = ApiServer.start(settings.host(), settings.port(), app.resourceConfig(), app.webLimits());
            out.println("CoopKit car-sharing co-op running at " + server.baseUri());
            out.println("  API: " + server.baseUri() + "api/tariffs/current   OpenAPI: " + server.baseUri() + "api/openapi.json");
            if (demo) DemoData.printUsers(out);
            return new Running(app, server, scheduler);
        } catch (Exception | Error e) {
            scheduler.shutdownNow();
            app.close();
            throw e;
        }
    }

    /** A started server, its app and the ballot-deadline scheduler; closing stops all three. */
    record Running(CarshareApp app, ApiServer server, ScheduledExecutorService scheduler) implements AutoCloseable {
        @Override
        public void close() {
            scheduler.shutdownNow();
            try {
                server.close();
            } finally {
                app.close();
            }
        }
    }

    static void requirePortFree(String host, int port) {
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): is another server running there? Choose another port with --port or COOP_HTTP_PORT");
        }
    }
}
