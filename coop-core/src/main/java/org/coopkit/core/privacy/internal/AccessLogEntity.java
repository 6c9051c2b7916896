package org.coopkit.core.privacy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_access_log")
public class AccessLogEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "reader", nullable = false, length = 100)
    String reader;
    @Column(name = "why", nullable = false, length = 200)
    String why;
    @Column(name = "at", nullable = false)
    Instant at;

    protected AccessLogEntity() {
    }
}
