package org.coopkit.core.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "core_audit_log")
@IdClass(AuditRecordEntity.Key.class)
public class AuditRecordEntity {
    @Id
    @Column(name = "stream", length = 100)
    String stream;
    @Id
    @Column(name = "seq")
    long seq;
    @Column(name = "at", nullable = false)
    Instant at;
    @Column(name = "actor", nullable = false, length = 100)
    String actor;
    @Column(name = "action", nullable = false, length = 100)
    String action;
    @Column(name = "subject", nullable = false, length = 100)
    String subject;
    @Column(name = "data", length = 4000)
    String data;
    @Column(name = "prev_hash", nullable = false, length = 64)
    String prevHash;
    @Column(name = "hash", nullable = false, length = 64)
    String hash;

    protected AuditRecordEntity() {
    }

    /** The primary key: a record's position in its stream. */
    public static class Key implements Serializable {
        String stream;
        long seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && java.util.Objects.equals(k.stream, stream);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(stream, seq);
        }
    }
}
