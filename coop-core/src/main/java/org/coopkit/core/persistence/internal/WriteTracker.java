package org.coopkit.core.persistence.internal;

import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate sends and remembers, per thread, whether the current
 * transaction wrote anything, so that only a writing commit pays for forcing the data to disk.
 */
public final class WriteTracker implements StatementInspector {
    private final ThreadLocal<Boolean> wrote = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private final ThreadLocal<long[]> statements = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        statements.get()[0]++;
        if (!wrote.get() && !isRead(sql)) wrote.set(Boolean.TRUE);
        return sql;
    }

    static boolean isRead(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        // comments Hibernate may put first, then the verb
        while (s.startsWith("/*")) {
            int end = s.indexOf("*/");
            if (end < 0) return false;
            s = s.substring(end + 2).stripLeading();
        }
        return s.startsWith("select") || s.startsWith("with") || s.startsWith("values");
    }

    /** Forgets what this thread wrote: called when a transaction begins. */
    public void reset() {
        wrote.set(Boolean.FALSE);
    }

    /**
     * How many statements Hibernate prepared on this thread since start-up (a JDBC batch counts once:
     * it is one statement sent many times in one round trip).
     */
    public long statements() {
        return statements.get()[0];
    }

    /** Whether the current transaction on this thread sent a write. */
    public boolean wrote() {
        return wrote.get();
    }
}
