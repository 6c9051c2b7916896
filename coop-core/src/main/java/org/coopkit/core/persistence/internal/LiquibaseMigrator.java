package org.coopkit.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Runs one module's changelog through Liquibase's {@code update} command. */
public final class LiquibaseMigrator {
    private LiquibaseMigrator() {
    }

    public static void migrate(DataSource dataSource, String changelog) {
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            // each module keeps its own history table so changelogs never step on each other's ids
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader()));
            Scope.child(scope, () -> new CommandScope("update")
                    .addArgumentValue("database", db)
                    .addArgumentValue("changelogFile", changelog)
                    .execute());
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate " + changelog + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("migration of " + changelog + " failed: " + e.getMessage(), e);
        }
    }
}
