package org.coopkit.carshare.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.coopkit.core.persistence.Database;

/**
 * Makes the database itself refuse one step of a use case: a CHECK constraint that only the row
 * this step writes breaks. No mock of our persistence: the use case runs its real statements, and
 * the real database says no at exactly that one.
 */
final class Refuse implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    private final Database db;
    private final String table;
    private final String name;

    private Refuse(Database db, String table, String name) {
        this.db = db;
        this.table = table;
        this.name = name;
    }

    /** From now on, {@code table} refuses any row for which {@code condition} holds. */
    static Refuse rowsOf(Database db, String table, String condition) {
        // a name of its own: two refusals may stand at once (constraint names are per schema on H2)
        String name = "ck_test_refuse_" + NEXT.incrementAndGet();
        exec(db, "alter table " + table + " add constraint " + name + " check (not (" + condition + "))");
        return new Refuse(db, table, name);
    }

    @Override
    public void close() {
        exec(db, "alter table " + table + " drop constraint " + name);
    }

    static long count(Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static String text(Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            String v = rs.next() ? rs.getString(1) : null;
            c.commit();
            return v;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void exec(Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
