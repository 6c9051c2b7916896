package org.coopkit.core.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_audit_log")
public class AuditRecordEntity {
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
}
