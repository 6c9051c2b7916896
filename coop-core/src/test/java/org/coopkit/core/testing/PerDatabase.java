package org.coopkit.core.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coopkit.core.persistence.DatabaseKind;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One fresh schema per database product for a whole test class, for table-driven tests with many rows
 * (a schema per row would cost a migration each): {@link #get} opens it on first use, {@link #close}
 * drops them all (call it from {@code @AfterAll}).
 *
 * @param <M> what the test builds on the database (modules)
 */
public final class PerDatabase<M> implements AutoCloseable {
    private final Function<TestDatabase, M> opener;
    private final Map<DatabaseKind, TestDatabase> databases = new ConcurrentHashMap<>();
    private final Map<DatabaseKind, M> worlds = new ConcurrentHashMap<>();

    public PerDatabase(Function<TestDatabase, M> opener) {
        this.opener = opener;
    }

    public M get(DatabaseKind kind) {
        return worlds.computeIfAbsent(kind, k -> opener.apply(databases.computeIfAbsent(k, TestDatabases::fresh)));
    }

    /** Every available database product crossed with every row: the arguments of a {@code @MethodSource}. */
    public static Stream<Arguments> crossed(List<?> rows) {
        return TestDatabases.available().stream().flatMap(kind -> rows.stream().map(row -> Arguments.of(kind, row)));
    }

    @Override
    public void close() {
        databases.values().forEach(TestDatabase::close);
        databases.clear();
        worlds.clear();
    }
}
