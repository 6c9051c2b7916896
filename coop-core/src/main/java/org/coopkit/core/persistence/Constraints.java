package org.coopkit.core.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises database constraint violations, so a service can turn a race lost at a unique
 * constraint into the named refusal it stands for (e.g. {@code DuplicateEmail}).
 */
public final class Constraints {
    private Constraints() {
    }

    /**
     * True when {@code e} (or a cause) is a unique or exclusion violation of the named constraint
     * or index. Constraint names are matched case-insensitively in the driver's message, which is
     * where PostgreSQL, H2 and MariaDB all put them.
     *
     * @param e              the failure
     * @param constraintName the constraint or index name
     * @return true for an integrity violation naming that constraint
     */
    public static boolean isViolation(Throwable e, String constraintName) {
        String name = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isIntegrityViolation(sql)) {
                String msg = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (msg.contains(name)) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /**
     * True when {@code e} or a cause is any integrity constraint violation (SQLSTATE class 23).
     *
     * @param e the failure
     * @return true for any SQLSTATE 23xxx in the cause chain
     */
    public static boolean isIntegrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isIntegrityViolation(sql)) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static boolean isIntegrityViolation(SQLException sql) {
        String state = sql.getSQLState();
        // 23xxx: integrity constraint violation; 23P01 exclusion violation (PostgreSQL)
        return state != null && state.startsWith("23");
    }
}
