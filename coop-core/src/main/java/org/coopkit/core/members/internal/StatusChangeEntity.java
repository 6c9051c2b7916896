package org.coopkit.core.members.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "core_member_history")
public class StatusChangeEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "position", nullable = false)
    int position;
    @Column(name = "from_status", length = 20)
    String fromStatus;
    @Column(name = "to_status", nullable = false, length = 20)
    String toStatus;
    @Column(name = "effective_on", nullable = false)
    LocalDate effectiveOn;
    @Column(name = "reason", length = 500)
    String reason;
    @Column(name = "actor", nullable = false, length = 100)
    String actor;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected StatusChangeEntity() {
    }
}
