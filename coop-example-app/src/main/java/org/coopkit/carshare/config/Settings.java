package org.coopkit.carshare.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.persistence.DatabaseConfig;

/**
 * What an operator configures: the database, the HTTP port and interface, the SMTP relay and the data
 * folder. Built by {@link SettingsLoader} from the command line, the environment and a config file, in
 * that order of precedence (docs/configuration.md). Secrets are {@link Secret}s: printing the settings
 * never prints a password.
 *
 * @param dbUrl      JDBC URL; empty: H2 file database in {@code dataDir}
 * @param dbUser     database user (with {@code dbUrl})
 * @param dbPassword database password (with {@code dbUrl})
 * @param dbReadUrl  JDBC URL of a read-only standby for reports and exports (with {@code dbUrl})
 * @param host       interface the HTTP server listens on
 * @param port       HTTP port (0: any free port)
 * @param smtpHost   SMTP relay; empty: no mail is sent
 * @param smtpPort   SMTP port
 * @param smtpUser   SMTP user
 * @param smtpPassword SMTP password
 * @param dataDir    where the embedded database and the app's files live
 * @param mailFrom   sender address of the co-op's mail
 * @param baseUrl    the address members reach the app at, for links in mail; empty: {@code http://host:port/}
 * @param reminderHours how long before a ballot's close its reminder is mailed
 */
public record Settings(Optional<String> dbUrl, Optional<String> dbUser, Optional<Secret> dbPassword, Optional<String> dbReadUrl, String host, int port,
                       Optional<String> smtpHost, int smtpPort, Optional<String> smtpUser, Optional<Secret> smtpPassword,
                       Path dataDir, String mailFrom, Optional<java.net.URI> baseUrl, int reminderHours) {
    /** The connection settings of the co-op's database. */
    public DatabaseConfig database() {
        if (dbUrl.isEmpty()) {
            if (dbReadUrl.isPresent()) throw new IllegalArgumentException("db.read-url needs db.url: the embedded H2 database has no standby");
            return DatabaseConfig.h2File(dataDir);
        }
        DatabaseConfig config = DatabaseConfig.of(dbUrl.get(), dbUser.orElse(null), dbPassword.map(Secret::reveal).orElse(null));
        return dbReadUrl.map(config::withReadReplica).orElse(config);
    }

    /** The settings as an operator reads them at start-up: every value, and for a secret only where it came from. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("database: " + dbUrl.map(Settings::withoutCredentials).orElse("H2 file database in " + dataDir.toAbsolutePath())
                + dbUser.map(u -> " as " + u).orElse("") + dbPassword.map(p -> ", password " + p).orElse("")
                + dbReadUrl.map(r -> "; reports read from " + withoutCredentials(r)).orElse(""));
        lines.add("http: " + host + ":" + port);
        lines.add("smtp: " + smtpHost.map(h -> h + ":" + smtpPort + smtpUser.map(u -> " as " + u).orElse("")
                + smtpPassword.map(p -> ", password " + p).orElse("")).orElse("none: each mail is written as an .eml file into " + mailFolder().toAbsolutePath()));
        lines.add("mail: from " + mailFrom + ", links to " + publicUrl() + ", ballot reminders " + reminderHours + " h before the close");
        lines.add("data folder: " + dataDir.toAbsolutePath());
        return lines;
    }

    /** Where mail goes when no SMTP relay is configured. */
    public Path mailFolder() {
        return dataDir.resolve("mail");
    }

    /** The address links in mail point to. */
    public java.net.URI publicUrl() {
        return baseUrl.orElseGet(() -> java.net.URI.create("http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + port + "/"));
    }

    @Override
    public String toString() {
        return String.join("; ", describe());
    }

    /** A JDBC URL with any {@code password=} / {@code user:password@} part masked. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****").replaceAll("//([^/:@]+):[^/@]*@", "//$1:****@");
    }
}
