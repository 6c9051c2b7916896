package org.coopkit.core.persistence;

/** The database products CoopKit runs on, chosen by the JDBC URL. */
public enum DatabaseKind {
    H2, POSTGRESQL, MARIADB;

    /** Picks the kind from a JDBC URL; refuses an URL of any other product. */
    public static DatabaseKind fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) return MARIADB;
        throw new IllegalArgumentException("unsupported JDBC URL (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:): " + jdbcUrl);
    }
}
