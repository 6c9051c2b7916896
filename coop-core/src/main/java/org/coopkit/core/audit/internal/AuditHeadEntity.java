package org.coopkit.core.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the chain: locked by each appender, so concurrent appends cannot fork the chain. */
@Entity
@Table(name = "core_audit_head")
public class AuditHeadEntity {
    @Id
    @Column(name = "id")
    int id;
    @Column(name = "last_seq", nullable = false)
    long lastSeq;
    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    protected AuditHeadEntity() {
    }
}
