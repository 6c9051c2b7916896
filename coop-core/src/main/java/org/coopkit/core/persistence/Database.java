package org.coopkit.core.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.coopkit.core.persistence.internal.HibernateBootstrap;
import org.coopkit.core.persistence.internal.LiquibaseMigrator;

/**
 * The co-op's database: a HikariCP pool, the Liquibase migrations of every registered module, and
 * Hibernate bootstrapped in code with {@code hbm2ddl=validate} (the schema comes only from
 * Liquibase). Open one per application and close it at shutdown.
 *
 * <pre>{@code
 * Database db = Database.open(DatabaseConfig.h2File(Path.of("data")), CoreModule.SCHEMA, LedgerModule.SCHEMA);
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final Transactions transactions;
    private final List<ModuleSchema> modules;

    private Database(DatabaseConfig config, HikariDataSource dataSource, EntityManagerFactory emf, List<ModuleSchema> modules) {
        this.config = config;
        this.dataSource = dataSource;
        this.emf = emf;
        this.transactions = new Transactions(emf);
        this.modules = List.copyOf(modules);
    }

    /** Opens the pool, migrates every module's changelog in the order given, then validates the mapping. */
    public static Database open(DatabaseConfig config, ModuleSchema... modules) {
        return open(config, List.of(modules));
    }

    public static Database open(DatabaseConfig config, List<ModuleSchema> modules) {
        HikariDataSource ds = pool(config);
        try {
            for (ModuleSchema m : modules) LiquibaseMigrator.migrate(ds, m.changelog());
            List<Class<?>> entities = new ArrayList<>();
            modules.forEach(m -> entities.addAll(m.entities()));
            EntityManagerFactory emf = HibernateBootstrap.build(ds, config, entities);
            return new Database(config, ds, emf, modules);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        config.userName().ifPresent(hc::setUsername);
        if (config.password() != null) hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setAutoCommit(false);
        hc.setTransactionIsolation(config.isolation() == DatabaseConfig.Isolation.SERIALIZABLE
                ? "TRANSACTION_SERIALIZABLE" : "TRANSACTION_READ_COMMITTED");
        hc.setPoolName("coopkit");
        hc.setConnectionTimeout(30_000);
        return new HikariDataSource(hc);
    }

    public Transactions transactions() {
        return transactions;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    public DatabaseKind kind() {
        return config.kind();
    }

    public List<ModuleSchema> modules() {
        return modules;
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            dataSource.close();
        }
    }
}
