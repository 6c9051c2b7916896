package org.coopkit.carshare.cli;

import java.nio.file.Path;
import org.coopkit.core.persistence.DatabaseConfig;
import picocli.CommandLine.Option;

/** Where the co-op's data lives: H2 under ./data by default, or PostgreSQL / MariaDB by URL. */
public final class DatabaseOptions {
    @Option(names = "--db-url", description = "JDBC URL (jdbc:h2:…, jdbc:postgresql:…, jdbc:mariadb:…). Default: H2 file under ./data")
    String url;
    @Option(names = "--db-user", description = "database user")
    String user;
    @Option(names = "--db-password", description = "database password", interactive = false)
    String password;

    public DatabaseConfig config() {
        if (url == null) return DatabaseConfig.h2File(Path.of("data"));
        return DatabaseConfig.of(url, user, password);
    }
}
