package org.coopkit.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.DatabaseKind;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The JUnit 5 extension behind {@link EachDatabase}, and a static entry point ({@link #fresh}) for
 * tests that want one database product only.
 */
public final class TestDatabases implements TestTemplateInvocationContextProvider {
    public static final String POSTGRES_ENV = "COOP_TEST_POSTGRES_URL";
    public static final String MARIADB_ENV = "COOP_TEST_MARIADB_URL";

    private static volatile String postgresBaseUrl;

    /** The database products available in this run, H2 first. */
    public static List<DatabaseKind> available() {
        List<DatabaseKind> kinds = new ArrayList<>(List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL));
        if (env(MARIADB_ENV) != null) kinds.add(DatabaseKind.MARIADB);
        return kinds;
    }

    /** A fresh empty schema on the given product. The caller closes it (which drops the schema). */
    public static TestDatabase fresh(DatabaseKind kind) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (kind) {
            case H2 -> h2(name);
            case POSTGRESQL -> postgres(name);
            case MARIADB -> mariadb(name);
        };
    }

    private static TestDatabase h2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(DatabaseKind.H2, DatabaseConfig.of(url, "sa", ""),
                () -> shutdownH2(url));
    }

    private static TestDatabase postgres(String schema) {
        String base = postgresBaseUrl();
        exec(base, null, null, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(DatabaseKind.POSTGRESQL, DatabaseConfig.of(url, null, null),
                () -> exec(base, null, null, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static TestDatabase mariadb(String database) {
        String base = env(MARIADB_ENV);
        exec(base, null, null, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String url = replaceDatabase(base, database);
        return new TestDatabase(DatabaseKind.MARIADB, DatabaseConfig.of(url, null, null),
                () -> exec(base, null, null, "DROP DATABASE IF EXISTS " + database));
    }

    /** {@code jdbc:mariadb://host:port/test?user=root} with {@code test} replaced. */
    static String replaceDatabase(String url, String database) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String tail = q < 0 ? "" : url.substring(q);
        int slash = head.indexOf('/', head.indexOf("//") + 2);
        String hostPart = slash < 0 ? head : head.substring(0, slash);
        return hostPart + "/" + database + tail;
    }

    private static String postgresBaseUrl() {
        String fromEnv = env(POSTGRES_ENV);
        if (fromEnv != null) return fromEnv;
        if (postgresBaseUrl == null) {
            synchronized (TestDatabases.class) {
                if (postgresBaseUrl == null) postgresBaseUrl = EmbeddedPostgresHolder.url();
            }
        }
        return postgresBaseUrl;
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) v = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        return v == null || v.isBlank() ? null : v;
    }

    private static void shutdownH2(String url) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // 90121: the database closed under the statement, which is what SHUTDOWN is for
            if (e.getErrorCode() != 90121) throw new IllegalStateException("cannot drop " + url + ": " + e.getMessage(), e);
        }
    }

    private static void exec(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("test database: '" + sql + "' failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** Started once per JVM when no PostgreSQL URL is given; stopped by the JVM's shutdown. */
    private static final class EmbeddedPostgresHolder {
        static String url() {
            try {
                // zonky turns fsync and synchronous_commit off for speed; CoopKit refuses to start on a non-durable database
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
                return pg.getJdbcUrl("postgres", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException("embedded PostgreSQL did not start (set " + POSTGRES_ENV
                        + " to use a running server): " + e.getMessage(), e);
            }
        }
    }

    // --- JUnit 5 extension -------------------------------------------------------------------

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return available().stream().map(Invocation::new);
    }

    private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Resolver(kind));
        }
    }

    private record Resolver(DatabaseKind kind) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
            return pc.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
            TestDatabase db = fresh(kind);
            ec.getStore(ExtensionContext.Namespace.create(TestDatabases.class, ec.getUniqueId()))
                    .put("db", (ExtensionContext.Store.CloseableResource) db::close);
            return db;
        }
    }
}
