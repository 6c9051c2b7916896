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
import liquibase.ui.LoggerUIService;
import liquibase.UpdateSummaryOutputEnum;

/** Runs one module's changelog through Liquibase's {@code update} command. */
public final class LiquibaseMigrator {
    private LiquibaseMigrator() {
    }

    public static void migrate(DataSource dataSource, String changelog) {
        try (Connection c = dataSource.getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            // each module keeps its own history table so changelogs never step on each other's ids
            // a library must not print to the application's stdout: Liquibase's messages go to its log
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope("update")
                    .addArgumentValue("database", db)
                    .addArgumentValue("changelogFile", changelog)
                    .addArgumentValue("showSummaryOutput", UpdateSummaryOutputEnum.LOG)
                    .execute());
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate " + changelog + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("migration of " + changelog + " failed: " + e.getMessage(), e);
        }
    }
}
