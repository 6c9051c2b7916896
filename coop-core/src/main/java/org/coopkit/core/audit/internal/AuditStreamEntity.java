package org.coopkit.core.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of one stream's chain: locked by each appender to that stream, so appends cannot fork it. */
@Entity
@Table(name = "core_audit_streams")
public class AuditStreamEntity {
    @Id
    @Column(name = "stream", length = 100)
    String stream;
    @Column(name = "last_seq", nullable = false)
    long lastSeq;
    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    protected AuditStreamEntity() {
    }
}
