package org.coopkit.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseConfig;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.ModuleSchema;

/**
 * One fresh, empty schema on one database product, handed to a test by {@link EachDatabase}.
 * Everything opened through it is closed and the schema dropped after the test.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseKind kind;
    private final DatabaseConfig config;
    private final Runnable drop;
    private final List<AutoCloseable> opened = new ArrayList<>();

    TestDatabase(DatabaseKind kind, DatabaseConfig config, Runnable drop) {
        this.kind = kind;
        this.config = config;
        this.drop = drop;
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** Connection settings of the fresh schema. */
    public DatabaseConfig config() {
        return config;
    }

    /** Opens (migrates, validates) the schema with the given modules; closed after the test. */
    public Database open(ModuleSchema... modules) {
        return open(config, modules);
    }

    /** As {@link #open(ModuleSchema...)} with other settings (e.g. SERIALIZABLE) on the same schema. */
    public Database open(DatabaseConfig settings, ModuleSchema... modules) {
        Database db = Database.open(settings, modules);
        opened.add(db);
        return db;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception ignored) {
                // closing a pool after a failed test must not hide the failure
            }
        }
        drop.run();
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
