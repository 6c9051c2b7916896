package org.coopkit.core.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.persistence.Database;

/**
 * The number of rows in every table of a test schema (Liquibase's and Hibernate's own left out), so a
 * test can show that a refused command changed nothing: take it before, take it after, compare.
 */
public final class TableCounts {
    private TableCounts() {
    }

    /** Table name (lower case) → row count, read in one connection. */
    public static Map<String, Long> of(Database db) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
                while (t.next()) tables.add(t.getString("TABLE_NAME"));
            }
            for (String table : tables) {
                String name = table.toLowerCase(Locale.ROOT);
                if (name.startsWith("databasechangelog") || name.startsWith("hte_")) continue;
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(name, r.getLong(1));
                }
            }
            if (!c.getAutoCommit()) c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows: " + e.getMessage(), e);
        }
        return counts;
    }
}
