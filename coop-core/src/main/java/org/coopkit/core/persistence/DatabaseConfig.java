package org.coopkit.core.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the co-op's data lives: JDBC URL, credentials, pool size and isolation level.
 *
 * @param jdbcUrl   {@code jdbc:h2:…}, {@code jdbc:postgresql:…} or {@code jdbc:mariadb:…}
 * @param user      may be null when the URL carries it
 * @param password  may be null
 * @param poolSize  maximum connections in the pool
 * @param isolation isolation level of every transaction
 * @param readReplicaUrl JDBC URL of a read-only standby (same user and password) that reports and exports
 *                  read from ({@link Transactions#readOnly}); null: they read from {@code jdbcUrl}
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int poolSize, Isolation isolation, String readReplicaUrl) {

    /** Transaction isolation of the pool; every write is correct under SERIALIZABLE (retried on conflicts). */
    public enum Isolation {
        /** Read committed, the default. */
        READ_COMMITTED,
        /** Serializable; conflicts are retried by {@link Transactions}. */
        SERIALIZABLE
    }

    /**
     * Checks the configuration.
     *
     * @param jdbcUrl        {@code jdbc:h2:…}, {@code jdbc:postgresql:…} or {@code jdbc:mariadb:…}
     * @param user           may be null when the URL carries it
     * @param password       may be null
     * @param poolSize       maximum connections in the pool
     * @param isolation      isolation level of every transaction
     * @param readReplicaUrl JDBC URL of a read-only standby (same user and password) that reports and exports read from ({@link Transactions#readOnly}); null: they read from {@code jdbcUrl}
     * @throws IllegalArgumentException when a URL is of an unsupported product, the pool size is
     *                                  below 1, or the replica is another product than the primary
     */
    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        DatabaseKind.fromUrl(jdbcUrl);
        if (poolSize < 1) throw new IllegalArgumentException("poolSize must be at least 1");
        Objects.requireNonNull(isolation, "isolation");
        if (readReplicaUrl != null && DatabaseKind.fromUrl(readReplicaUrl) != DatabaseKind.fromUrl(jdbcUrl)) {
            throw new IllegalArgumentException("the read replica must be the same database product as the primary");
        }
    }

    /**
     * Without a read replica.
     *
     * @param jdbcUrl   the JDBC URL
     * @param user      may be null when the URL carries it
     * @param password  may be null
     * @param poolSize  maximum connections in the pool
     * @param isolation isolation level of every transaction
     */
    public DatabaseConfig(String jdbcUrl, String user, String password, int poolSize, Isolation isolation) {
        this(jdbcUrl, user, password, poolSize, isolation, null);
    }

    /**
     * A configuration with 10 connections, READ COMMITTED, no replica.
     *
     * @param jdbcUrl  the JDBC URL
     * @param user     may be null when the URL carries it
     * @param password may be null
     * @return the configuration
     */
    public static DatabaseConfig of(String jdbcUrl, String user, String password) {
        return new DatabaseConfig(jdbcUrl, user, password, 10, Isolation.READ_COMMITTED);
    }

    /**
     * The embedded default: an H2 file database in the given directory, with durable commits
     * ({@code WRITE_DELAY=0}; H2's default writes committed transactions up to 500 ms later, and
     * {@link Database} forces the file to disk after each writing commit).
     *
     * @param directory the directory of the {@code coopkit} database file
     * @return the configuration, user {@code sa}
     */
    public static DatabaseConfig h2File(Path directory) {
        String path = directory.toAbsolutePath().resolve("coopkit").toString();
        return of("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * The database product of the URL.
     *
     * @return H2, PostgreSQL or MariaDB
     */
    public DatabaseKind kind() {
        return DatabaseKind.fromUrl(jdbcUrl);
    }

    /**
     * The user name, when set apart from the URL.
     *
     * @return the user, or empty
     */
    public Optional<String> userName() {
        return Optional.ofNullable(user);
    }

    /**
     * The same configuration with another pool size.
     *
     * @param size maximum connections, at least 1
     * @return the new configuration
     */
    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(jdbcUrl, user, password, size, isolation, readReplicaUrl);
    }

    /**
     * The same configuration with another isolation level.
     *
     * @param level the isolation level
     * @return the new configuration
     */
    public DatabaseConfig withIsolation(Isolation level) {
        return new DatabaseConfig(jdbcUrl, user, password, poolSize, level, readReplicaUrl);
    }

    /**
     * With a read-only standby (a PostgreSQL hot standby, a MariaDB replica) that the treasurer's reports
     * and exports read from; writes never go there. A report read there lags the primary by the
     * replication delay (none visible with {@code synchronous_commit = remote_apply}).
     *
     * @param url the replica's JDBC URL, same product as the primary
     * @return the new configuration
     */
    public DatabaseConfig withReadReplica(String url) {
        return new DatabaseConfig(jdbcUrl, user, password, poolSize, isolation, url);
    }

    /**
     * The read replica's URL, when one is configured.
     *
     * @return the URL, or empty
     */
    public Optional<String> readReplica() {
        return Optional.ofNullable(readReplicaUrl);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + jdbcUrl + ", user=" + user + ", pool=" + poolSize + ", " + isolation
                + (readReplicaUrl == null ? "" : ", read replica " + readReplicaUrl) + "]";
    }
}
