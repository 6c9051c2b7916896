package org.coopkit.core.testing;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coopkit.core.CoreModule;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.DatabaseKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wrong-role test of a module: a subclass lists its {@link RoleGuards} rows and says how to build the
 * modules on a database; each row runs on every database product as its own visible case.
 *
 * @param <M> the modules built on one database
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RoleGuardsContract<M> {
    private final PerDatabase<M> worlds;
    private final Function<M, CoreModule> core;
    private final Function<M, Database> database;

    protected RoleGuardsContract(Function<TestDatabase, M> opener, Function<M, CoreModule> core, Function<M, Database> database) {
        this.worlds = new PerDatabase<>(opener);
        this.core = core;
        this.database = database;
    }

    /** One row per role-guarded public service method. */
    protected abstract List<RoleGuards<M>> rows();

    Stream<Arguments> cases() {
        return PerDatabase.crossed(rows());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void refuses_an_actor_without_the_role_and_changes_nothing(DatabaseKind kind, RoleGuards<M> row) {
        M modules = worlds.get(kind);
        row.assertRefused(modules, row.wrongActor(core.apply(modules)), database.apply(modules));
    }

    @AfterAll
    void dropDatabases() {
        worlds.close();
    }
}
