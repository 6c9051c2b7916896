package org.coopkit.bench.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.DatabaseKind;

/**
 * A fresh, empty schema for one bench run on one database product: H2 (a file database in a
 * temporary directory, durable like the embedded default), PostgreSQL from
 * {@code COOP_BENCH_POSTGRES_URL} (a new schema), MariaDB from {@code COOP_BENCH_MARIADB_URL} (a new
 * database). Dropped on close.
 */
public final class BenchDatabase implements AutoCloseable {
    /** Where the bench finds PostgreSQL. */
    public static final String POSTGRES_ENV = "COOP_BENCH_POSTGRES_URL";
    /** Where the bench finds MariaDB (optional). */
    public static final String MARIADB_ENV = "COOP_BENCH_MARIADB_URL";

    private final DatabaseKind kind;
    private final DatabaseConfig config;
    private final Runnable drop;

    private BenchDatabase(DatabaseKind kind, DatabaseConfig config, Runnable drop) {
        this.kind = kind;
        this.config = config;
        this.drop = drop;
    }

    /** The products this run measures: H2 always, PostgreSQL and MariaDB where their URL is set. */
    public static List<DatabaseKind> available() {
        List<DatabaseKind> kinds = new ArrayList<>(List.of(DatabaseKind.H2));
        if (env(POSTGRES_ENV) != null) kinds.add(DatabaseKind.POSTGRESQL);
        if (env(MARIADB_ENV) != null) kinds.add(DatabaseKind.MARIADB);
        return kinds;
    }

    /** A fresh schema on the given product. */
    public static BenchDatabase fresh(DatabaseKind kind) {
        String name = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (kind) {
                case H2 -> {
                    Path dir = Files.createTempDirectory("coop-bench-h2");
                    String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
                    return new BenchDatabase(kind, DatabaseConfig.of(url, "sa", "").withPoolSize(10), () -> deleteTree(dir));
                }
                case POSTGRESQL -> {
                    String base = env(POSTGRES_ENV);
                    exec(base, "CREATE SCHEMA " + name);
                    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
                    return new BenchDatabase(kind, DatabaseConfig.of(url, null, null).withPoolSize(10),
                            () -> exec(base, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
                }
                case MARIADB -> {
                    String base = env(MARIADB_ENV);
                    exec(base, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    return new BenchDatabase(kind, DatabaseConfig.of(replaceDatabase(base, name), null, null).withPoolSize(10),
                            () -> exec(base, "DROP DATABASE IF EXISTS " + name));
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create a temporary directory for H2: " + e.getMessage(), e);
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        drop.run();
    }

    static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }

    static String replaceDatabase(String url, String database) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String tail = q < 0 ? "" : url.substring(q);
        int slash = head.indexOf('/', head.indexOf("//") + 2);
        return (slash < 0 ? head : head.substring(0, slash)) + "/" + database + tail;
    }

    private static void exec(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("bench database: '" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
