package org.coopkit.core.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.coopkit.core.persistence.internal.Durability;
import org.coopkit.core.persistence.internal.HibernateBootstrap;
import org.coopkit.core.persistence.internal.LiquibaseMigrator;
import org.coopkit.core.persistence.internal.WriteTracker;

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

    private Database(DatabaseConfig config, HikariDataSource dataSource, EntityManagerFactory emf, WriteTracker writes,
                     List<ModuleSchema> modules) {
        this.config = config;
        this.dataSource = dataSource;
        this.emf = emf;
        this.transactions = new Transactions(emf, writes,
                Durability.afterWritingCommit(dataSource, config.kind(), Durability.jdbcUrl(config.jdbcUrl())));
        this.modules = List.copyOf(modules);
    }

    /**
     * Opens the pool, checks the database is durable (a committed change is on disk; refuses with
     * {@link DurabilityOff} otherwise), migrates every module's changelog in the order given, then
     * validates the mapping.
     */
    public static Database open(DatabaseConfig config, ModuleSchema... modules) {
        return open(config, List.of(modules));
    }

    public static Database open(DatabaseConfig config, List<ModuleSchema> modules) {
        HikariDataSource ds = pool(config);
        try {
            Durability.check(ds, config.kind(), Durability.jdbcUrl(config.jdbcUrl()));
            for (ModuleSchema m : modules) LiquibaseMigrator.migrate(ds, m.changelog());
            Durability.afterWritingCommit(ds, config.kind(), Durability.jdbcUrl(config.jdbcUrl())).run();
            List<Class<?>> entities = new ArrayList<>();
            modules.forEach(m -> entities.addAll(m.entities()));
            WriteTracker writes = new WriteTracker();
            EntityManagerFactory emf = HibernateBootstrap.build(ds, config, entities, writes);
            return new Database(config, ds, emf, writes, modules);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(Durability.jdbcUrl(config.jdbcUrl()));
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
