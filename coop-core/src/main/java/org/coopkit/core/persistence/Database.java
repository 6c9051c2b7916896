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

    private final HikariDataSource readDataSource;
    private final EntityManagerFactory readEmf;

    private Database(DatabaseConfig config, HikariDataSource dataSource, EntityManagerFactory emf, HikariDataSource readDataSource,
                     EntityManagerFactory readEmf, WriteTracker writes, List<ModuleSchema> modules) {
        this.config = config;
        this.dataSource = dataSource;
        this.emf = emf;
        this.readDataSource = readDataSource;
        this.readEmf = readEmf;
        this.transactions = new Transactions(emf, readEmf, writes,
                Durability.afterWritingCommit(dataSource, config.kind(), Durability.jdbcUrl(config.jdbcUrl())));
        this.modules = List.copyOf(modules);
    }

    /**
     * Opens the pool, checks the database is durable (a committed change is on disk; refuses with
     * {@link DurabilityOff} otherwise), migrates every module's changelog in the order given, then
     * validates the mapping.
     *
     * @param config  where the database is and how to reach it
     * @param modules the schemas of the embedded modules, core first
     * @return the open database
     * @throws DurabilityOff when a committed change may not be on disk
     */
    public static Database open(DatabaseConfig config, ModuleSchema... modules) {
        return open(config, List.of(modules));
    }

    /**
     * As {@link #open(DatabaseConfig, ModuleSchema...)}, with a list.
     *
     * @param config  where the database is and how to reach it
     * @param modules the schemas of the embedded modules, migrated in this order
     * @return the open database
     * @throws DurabilityOff when a committed change may not be on disk
     */
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
            if (config.readReplica().isEmpty()) return new Database(config, ds, emf, null, null, writes, modules);
            // the replica gets its schema by replication, never from Liquibase; Hibernate validates it too
            HikariDataSource rds = pool(config, config.readReplica().get(), true);
            try {
                EntityManagerFactory remf = HibernateBootstrap.build(rds, config, entities, new WriteTracker());
                return new Database(config, ds, emf, rds, remf, writes, modules);
            } catch (RuntimeException e) {
                emf.close();
                rds.close();
                throw e;
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        return pool(config, config.jdbcUrl(), false);
    }

    private static HikariDataSource pool(DatabaseConfig config, String url, boolean readOnly) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(readOnly ? url : Durability.jdbcUrl(url));
        hc.setReadOnly(readOnly); // every transaction on the replica pool is READ ONLY: a write is refused
        config.userName().ifPresent(hc::setUsername);
        if (config.password() != null) hc.setPassword(config.password());
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(2, config.poolSize()));
        hc.setAutoCommit(false);
        hc.setTransactionIsolation(config.isolation() == DatabaseConfig.Isolation.SERIALIZABLE
                ? "TRANSACTION_SERIALIZABLE" : "TRANSACTION_READ_COMMITTED");
        hc.setPoolName(readOnly ? "coopkit-read" : "coopkit");
        hc.setConnectionTimeout(30_000);
        return new HikariDataSource(hc);
    }

    /**
     * The transactions of this database, for the services.
     *
     * @return the transaction runner
     */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * The primary's connection pool.
     *
     * @return the pool
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The read replica's pool (read-only connections), when one is configured.
     *
     * @return the pool, or empty without a replica
     */
    public java.util.Optional<DataSource> readDataSource() {
        return java.util.Optional.ofNullable(readDataSource);
    }

    /**
     * The configuration it was opened with.
     *
     * @return the configuration
     */
    public DatabaseConfig config() {
        return config;
    }

    /**
     * The database product.
     *
     * @return H2, PostgreSQL or MariaDB
     */
    public DatabaseKind kind() {
        return config.kind();
    }

    /**
     * The module schemas migrated at open.
     *
     * @return the schemas, in migration order
     */
    public List<ModuleSchema> modules() {
        return modules;
    }

    @Override
    public void close() {
        try {
            if (readEmf != null) readEmf.close();
            if (readDataSource != null) readDataSource.close();
            emf.close();
        } finally {
            dataSource.close();
        }
    }
}
