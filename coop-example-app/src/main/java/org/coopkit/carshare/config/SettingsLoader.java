package org.coopkit.carshare.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves each setting from, highest precedence first: the command line, the environment
 * ({@code COOP_*}), the config file ({@code --config}, else {@code COOP_CONFIG}, else
 * {@code ./carshare.properties} when it exists), and the default. A password may also come from a file
 * ({@code --db-password-file}, {@code COOP_DB_PASSWORD_FILE}, {@code db.password-file}), so that it
 * appears neither in {@code ps} nor in the environment of child processes.
 */
public final class SettingsLoader {
    /**
     * One setting.
     *
     * @param file         its config-file key
     * @param option       its command-line option (null: none)
     * @param env          its environment variable
     * @param defaultValue its default (null: none)
     * @param help         what it is
     */
    public record Key(String file, String option, String env, String defaultValue, String help) {
    }

    /** Every setting, in the order {@code --help} and docs/configuration.md list them. */
    public static final List<Key> KEYS = List.of(
            new Key("db.url", "--db-url", "COOP_DB_URL", null, "JDBC URL (jdbc:h2:…, jdbc:postgresql:…, jdbc:mariadb:…); default: H2 in the data folder"),
            new Key("db.user", "--db-user", "COOP_DB_USER", null, "database user"),
            new Key("db.password", "--db-password", "COOP_DB_PASSWORD", null, "database password"),
            new Key("db.password-file", "--db-password-file", "COOP_DB_PASSWORD_FILE", null, "file holding the database password"),
            new Key("db.read-url", "--db-read-url", "COOP_DB_READ_URL", null,
                    "JDBC URL of a read-only standby the treasurer's reports and exports read from (same user and password); default: none"),
            new Key("http.host", "--host", "COOP_HTTP_HOST", "127.0.0.1", "interface the web app listens on"),
            new Key("http.port", "--port", "COOP_HTTP_PORT", "8080", "HTTP port (0: any free port)"),
            new Key("smtp.host", "--smtp-host", "COOP_SMTP_HOST", null, "SMTP relay for the co-op's mail; none: no mail is sent"),
            new Key("smtp.port", "--smtp-port", "COOP_SMTP_PORT", "587", "SMTP port"),
            new Key("smtp.user", "--smtp-user", "COOP_SMTP_USER", null, "SMTP user"),
            new Key("smtp.password", null, "COOP_SMTP_PASSWORD", null, "SMTP password"),
            new Key("smtp.password-file", "--smtp-password-file", "COOP_SMTP_PASSWORD_FILE", null, "file holding the SMTP password"),
            new Key("mail.from", "--mail-from", "COOP_MAIL_FROM", "coop@localhost", "sender address of the co-op's mail"),
            new Key("mail.base-url", "--base-url", "COOP_BASE_URL", null, "absolute address members reach the app at, for links in mail; default: http://HOST:PORT/"),
            new Key("mail.reminder-hours", "--reminder-hours", "COOP_MAIL_REMINDER_HOURS", "48", "hours before a ballot's close its reminder is mailed"),
            new Key("data.dir", "--data-dir", "COOP_DATA_DIR", "data", "data folder (the embedded H2 database lives there)"));

    private final Map<String, String> cli;
    private final Map<String, String> env;
    private final Optional<Path> configFile;

    /**
     * @param cli        values given on the command line, by config-file key
     * @param env        the process environment
     * @param configFile {@code --config}, if given
     */
    public SettingsLoader(Map<String, String> cli, Map<String, String> env, Optional<Path> configFile) {
        this.cli = Map.copyOf(cli);
        this.env = Map.copyOf(env);
        this.configFile = configFile;
    }

    /** The settings, or {@link IllegalArgumentException} naming the setting and its source when one is invalid. */
    public Settings load() {
        Map<String, Source> file = fileValues();
        Map<String, Source> values = new LinkedHashMap<>();
        for (Key k : KEYS) {
            Source v = cli.containsKey(k.file()) ? new Source(cli.get(k.file()), k.option())
                    : env.containsKey(k.env()) && !env.get(k.env()).isEmpty() ? new Source(env.get(k.env()), k.env())
                    : file.containsKey(k.file()) ? file.get(k.file())
                    : k.defaultValue() != null ? new Source(k.defaultValue(), "default") : null;
            if (v != null) values.put(k.file(), v);
        }
        return new Settings(text(values, "db.url"), text(values, "db.user"), secret(values, "db.password"), text(values, "db.read-url"),
                values.get("http.host").value(), port(values, "http.port"), text(values, "smtp.host"), port(values, "smtp.port"),
                text(values, "smtp.user"), secret(values, "smtp.password"), Path.of(values.get("data.dir").value()),
                values.get("mail.from").value(), baseUrl(values), hours(values, "mail.reminder-hours"));
    }

    private record Source(String value, String where) {
    }

    private Map<String, Source> fileValues() {
        Optional<Path> path = configFile.or(() -> Optional.ofNullable(env.get("COOP_CONFIG")).filter(s -> !s.isEmpty()).map(Path::of))
                .or(() -> Optional.of(Path.of("carshare.properties")).filter(Files::isRegularFile));
        if (path.isEmpty()) return Map.of();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path.get(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the config file " + path.get() + ": " + e.getMessage());
        }
        Set<String> known = new TreeSet<>();
        KEYS.forEach(k -> known.add(k.file()));
        Map<String, Source> out = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown setting '" + name + "' in " + path.get() + "; known: " + String.join(", ", known));
            }
            out.put(name, new Source(p.getProperty(name).strip(), path.get() + " (" + name + ")"));
        }
        return out;
    }

    private static Optional<String> text(Map<String, Source> values, String key) {
        return Optional.ofNullable(values.get(key)).map(Source::value).filter(s -> !s.isBlank());
    }

    private Optional<Secret> secret(Map<String, Source> values, String key) {
        Source direct = values.get(key);
        Source file = values.get(key + "-file");
        // the more specific of the two wins: whichever came from the higher-precedence source
        if (file != null && (direct == null || rank(file) <= rank(direct))) {
            Path path = Path.of(file.value());
            try {
                String content = Files.readString(path, StandardCharsets.UTF_8).strip();
                return Optional.of(new Secret(content, file.where() + "=" + path));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the " + key + " from " + path + " (" + file.where() + "): " + e.getClass().getSimpleName());
            }
        }
        return direct == null || direct.value().isEmpty() ? Optional.empty() : Optional.of(new Secret(direct.value(), direct.where()));
    }

    private static int rank(Source s) {
        if (s.where().startsWith("--")) return 0;
        if (s.where().startsWith("COOP_")) return 1;
        return 2;
    }

    private static Optional<java.net.URI> baseUrl(Map<String, Source> values) {
        Source s = values.get("mail.base-url");
        if (s == null || s.value().isBlank()) return Optional.empty();
        try {
            java.net.URI u = new java.net.URI(s.value());
            if (u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https")) && u.getHost() != null) return Optional.of(u);
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("mail.base-url must be an absolute http(s) address like https://coop.example/, not '" + s.value() + "' (from " + s.where() + ")");
    }

    private static int hours(Map<String, Source> values, String key) {
        Source s = values.get(key);
        try {
            int h = Integer.parseInt(s.value());
            if (h < 1 || h > 24 * 60) throw new NumberFormatException();
            return h;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of hours between 1 and 1440, not '" + s.value() + "' (from " + s.where() + ")");
        }
    }

    private static int port(Map<String, Source> values, String key) {
        Source s = values.get(key);
        try {
            int port = Integer.parseInt(s.value());
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            String name = s.where().startsWith("--") || s.where().startsWith("COOP_") ? s.where() : key;
            throw new IllegalArgumentException(name + " must be between 0 and 65535, not '" + s.value() + "' (from " + s.where() + ")");
        }
    }
}
