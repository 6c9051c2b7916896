package org.coopkit.core.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.DurabilityOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "A 2xx answer means the change is on disk": the settings each database needs for that, checked at
 * start, and what H2 needs after each writing commit.
 *
 * <ul>
 *   <li>H2 (file): {@code WRITE_DELAY=0}, so the MVStore writes a chunk at each commit instead of
 *       up to 500 ms later, and {@code CHECKPOINT SYNC} after each writing commit, because the
 *       MVStore writes to the file without forcing it to the device ({@code FileChannel.force} runs
 *       only at checkpoint and close).</li>
 *   <li>PostgreSQL: {@code fsync=on} and {@code synchronous_commit} not {@code off} (the defaults).</li>
 *   <li>MariaDB: {@code innodb_flush_log_at_trx_commit=1} and InnoDB tables (the defaults).</li>
 * </ul>
 * A setting that breaks the promise refuses the start ({@link DurabilityOff}) unless the system
 * property {@code coopkit.durability=warn} asks for a warning instead.
 */
public final class Durability {
    private static final Logger LOG = LoggerFactory.getLogger(Durability.class);
    public static final String PROPERTY = "coopkit.durability";

    private Durability() {
    }

    /** The URL to open: an H2 file URL gets {@code WRITE_DELAY=0} unless it names a delay itself. */
    public static String jdbcUrl(String url) {
        if (isH2File(url) && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) return url + ";WRITE_DELAY=0";
        return url;
    }

    /** An H2 database stored in files (not {@code mem:}). */
    public static boolean isH2File(String url) {
        if (!url.startsWith("jdbc:h2:")) return false;
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:");
    }

    /** Reads the durability settings; refuses (or warns, with {@code -Dcoopkit.durability=warn}) when one is off. */
    public static void check(DataSource ds, DatabaseKind kind, String url) {
        List<String> off = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            switch (kind) {
                case H2 -> {
                    if (isH2File(url)) {
                        // the database's value and, when the URL names one, the connection's: both must be 0
                        String delay = one(s, "select setting_value from information_schema.settings"
                                + " where setting_name = 'WRITE_DELAY' and setting_value <> '0'");
                        if (delay != null) off.add("H2 WRITE_DELAY is " + delay + " ms (committed transactions reach the file that much later): open it with ;WRITE_DELAY=0");
                        try {
                            s.execute("CHECKPOINT SYNC");
                        } catch (SQLException e) {
                            off.add("H2 refuses CHECKPOINT SYNC (" + e.getMessage() + "): the user must be an admin so commits can be forced to disk");
                        }
                    }
                }
                case POSTGRESQL -> {
                    if ("off".equalsIgnoreCase(one(s, "show fsync"))) off.add("PostgreSQL runs with fsync=off");
                    if ("off".equalsIgnoreCase(one(s, "show synchronous_commit"))) {
                        off.add("PostgreSQL runs with synchronous_commit=off (a commit returns before its WAL is on disk)");
                    }
                }
                case MARIADB -> {
                    String flush = one(s, "select @@innodb_flush_log_at_trx_commit");
                    if (!"1".equals(flush)) off.add("MariaDB runs with innodb_flush_log_at_trx_commit=" + flush + " (1 writes and flushes the log at each commit)");
                    String engine = one(s, "select @@default_storage_engine");
                    if (!"InnoDB".equalsIgnoreCase(engine)) off.add("MariaDB's default storage engine is " + engine + ", not InnoDB");
                    if ("1".equals(one(s, "select @@log_bin")) && !"1".equals(one(s, "select @@sync_binlog"))) {
                        LOG.warn("MariaDB writes a binary log without sync_binlog=1: after a crash a replica may miss acknowledged commits");
                    }
                }
            }
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's durability settings: " + e.getMessage(), e);
        }
        if (off.isEmpty()) return;
        String message = "durability is off, so a crash could lose changes already confirmed to members: " + String.join("; ", off)
                + ". Fix the setting, or start with -D" + PROPERTY + "=warn for throw-away data.";
        if ("warn".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            LOG.warn("!!! {} !!!", message);
            System.err.println("WARNING: " + message);
        } else {
            throw new DurabilityOff(message);
        }
    }

    /** What runs after a commit that wrote: forcing H2's file to disk; nothing for servers that do it themselves. */
    public static Runnable afterWritingCommit(DataSource ds, DatabaseKind kind, String url) {
        if (kind != DatabaseKind.H2 || !isH2File(url)) return () -> { };
        return () -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
                if (!c.getAutoCommit()) c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("the commit could not be forced to disk: " + e.getMessage(), e);
            }
        };
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
