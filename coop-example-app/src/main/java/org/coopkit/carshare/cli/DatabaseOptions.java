package org.coopkit.carshare.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.config.Settings;
import org.coopkit.carshare.config.SettingsLoader;
import org.coopkit.core.persistence.DatabaseConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the co-op's data lives (H2 under ./data by default, or PostgreSQL / MariaDB by URL) and the
 * config file. Every option also has an environment variable and a config-file key; the command line
 * wins over the environment, which wins over the file (docs/configuration.md).
 *
 * <p>The one mixin that opens the app for a command: {@link #open()} with the command line's one
 * {@link #clock() clock}, the one {@link CarshareCli#commandLine(Clock)} was built with (the system
 * clock in production, a fixed one in tests). Commands take "today" from it, never from the system.
 */
public final class DatabaseOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;
    @Option(names = "--config", paramLabel = "FILE", description = "config file (properties: db.url, http.port, smtp.host, …); "
            + "default: $COOP_CONFIG, else ./carshare.properties when present")
    Path config;
    @Option(names = "--db-url", description = "JDBC URL (jdbc:h2:…, jdbc:postgresql:…, jdbc:mariadb:…); env COOP_DB_URL. "
            + "Default: H2 file database in the data folder")
    String url;
    @Option(names = "--db-read-url", description = "JDBC URL of a read-only standby the treasurer's reports and exports read from; "
            + "env COOP_DB_READ_URL")
    String readUrl;
    @Option(names = "--db-user", description = "database user; env COOP_DB_USER")
    String user;
    @Option(names = "--db-password", description = "database password; env COOP_DB_PASSWORD. Visible to `ps`: prefer --db-password-file")
    String password;
    @Option(names = "--db-password-file", paramLabel = "FILE", description = "file holding the database password; env COOP_DB_PASSWORD_FILE")
    Path passwordFile;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder (the embedded H2 database lives there); env COOP_DATA_DIR. Default: ./data")
    Path dataDir;

    /** The settings from this command line, the environment and the config file. */
    public Settings settings(Map<String, String> moreOptions) {
        Map<String, String> cli = new HashMap<>(moreOptions);
        put(cli, "db.url", url);
        put(cli, "db.user", user);
        put(cli, "db.read-url", readUrl);
        put(cli, "db.password", password);
        put(cli, "db.password-file", passwordFile == null ? null : passwordFile.toString());
        put(cli, "data.dir", dataDir == null ? null : dataDir.toString());
        return new SettingsLoader(cli, System.getenv(), Optional.ofNullable(config)).load();
    }

    /** The database of {@link #settings}. */
    public DatabaseConfig config() {
        return settings(Map.of()).database();
    }

    /** The clock of the command line this command runs in. */
    Clock clock() {
        if (mixee == null || !(mixee.root().userObject() instanceof CarshareCli cli)) {
            throw new IllegalStateException("a command runs inside CarshareCli.commandLine(clock)");
        }
        return cli.clock();
    }

    /** Today by {@link #clock()}, in UTC as the ledger dates its entries. */
    LocalDate today() {
        return LocalDate.now(clock().withZone(java.time.ZoneOffset.UTC));
    }

    /** Opens the co-op's app on {@link #config()} with {@link #clock()}; the caller closes it. */
    CarshareApp open() {
        return CarshareApp.open(config(), clock());
    }

    static void put(Map<String, String> cli, String key, String value) {
        if (value != null) cli.put(key, value);
    }
}
