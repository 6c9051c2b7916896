package org.coopkit.core.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.core.persistence.Database;

/**
 * Finds every table of a schema that holds a member id: a column named {@code member_id},
 * {@code *_member_id} or one of the usual role names (driver, owner, holder, grantor, voter,
 * seller), or a foreign key to {@code core_members}. The export completeness tests compare it with
 * what the registered personal-data contributors cover, so a new table is never forgotten.
 */
public final class MemberTables {
    private static final Set<String> ROLE_COLUMNS = Set.of("driver_id", "owner_id", "holder_id", "grantor_id", "voter_id", "seller_id",
            "giver_id", "proxy_holder_id", "applicant_id");

    private MemberTables() {
    }

    public static Set<String> in(Database db) {
        Set<String> tables = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String catalog = c.getCatalog();
            String schema = c.getSchema();
            try (ResultSet cols = md.getColumns(catalog, schema, "%", "%")) {
                while (cols.next()) {
                    String table = cols.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String col = cols.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("databasechangelog") || table.startsWith("hte_")) continue; // Liquibase's and Hibernate's own
                    if (col.equals("member_id") || col.endsWith("_member_id") || ROLE_COLUMNS.contains(col)) tables.add(table);
                }
            }
            try (ResultSet t = md.getTables(catalog, schema, "%", new String[]{"TABLE"})) {
                while (t.next()) {
                    String table = t.getString("TABLE_NAME");
                    if (table.toLowerCase(Locale.ROOT).startsWith("hte_")) continue;
                    try (ResultSet fk = md.getImportedKeys(catalog, schema, table)) {
                        while (fk.next()) {
                            if (fk.getString("PKTABLE_NAME").equalsIgnoreCase("core_members")) tables.add(table.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            if (!c.getAutoCommit()) c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
        }
        return tables;
    }
}
