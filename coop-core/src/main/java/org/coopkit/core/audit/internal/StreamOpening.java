package org.coopkit.core.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.DatabaseKind;

/**
 * Opens an audit stream in one statement: its head row is inserted, already at the stream's first
 * record, only if the stream has no head yet — {@code INSERT … ON CONFLICT DO NOTHING} on PostgreSQL,
 * {@code INSERT IGNORE} on MariaDB, a {@code MERGE … WHEN NOT MATCHED} on H2 — never a look-up
 * followed by an insert. A stream that exists is left untouched, and its appender takes the locked
 * path instead.
 */
final class StreamOpening {
    private final String sql;
    private final DatabaseKind kind;

    StreamOpening(DatabaseKind kind) {
        this.kind = kind;
        this.sql = switch (kind) {
            case POSTGRESQL -> "insert into core_audit_streams (stream, last_seq, last_hash) values (?1, ?2, ?3) on conflict (stream) do nothing";
            case MARIADB -> "insert ignore into core_audit_streams (stream, last_seq, last_hash) values (?1, ?2, ?3)";
            case H2 -> "merge into core_audit_streams h using (values (cast(?1 as varchar(100)), cast(?2 as bigint), cast(?3 as varchar(64))))"
                    + " s (stream, last_seq, last_hash) on h.stream = s.stream"
                    + " when not matched then insert (stream, last_seq, last_hash) values (s.stream, s.last_seq, s.last_hash)";
        };
    }

    /**
     * Creates the stream's head at {@code seq} and {@code hash} unless the stream exists.
     *
     * @return whether this transaction created it (false: the stream existed, nothing was written)
     * @throws OptimisticLockException when a concurrent transaction opened it first and H2 refuses the
     *                                 duplicate (the transaction runs again and takes the locked path)
     */
    boolean open(EntityManager em, String stream, long seq, String hash) {
        try {
            return em.createNativeQuery(sql).setParameter(1, stream).setParameter(2, seq).setParameter(3, hash).executeUpdate() == 1;
        } catch (RuntimeException e) {
            if (Constraints.isIntegrityViolation(e)) {
                throw new OptimisticLockException("the audit stream " + stream + " was opened concurrently (" + kind + ")");
            }
            throw e;
        }
    }
}
