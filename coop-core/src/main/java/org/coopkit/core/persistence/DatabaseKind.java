package org.coopkit.core.persistence;

/** The database products CoopKit runs on, chosen by the JDBC URL. */
public enum DatabaseKind {
    /** H2, file or in-memory ({@code jdbc:h2:}). */
    H2,
    /** PostgreSQL ({@code jdbc:postgresql:}). */
    POSTGRESQL,
    /** MariaDB or MySQL, Galera included ({@code jdbc:mariadb:} or {@code jdbc:mysql:}). */
    MARIADB;

    /**
     * Picks the kind from a JDBC URL; refuses an URL of any other product.
     *
     * @param jdbcUrl the JDBC URL
     * @return the product it names
     * @throws IllegalArgumentException when the URL is of another product
     */
    public static DatabaseKind fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) return MARIADB;
        throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:): " + jdbcUrl);
    }
}
