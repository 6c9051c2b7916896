package org.coopkit.core.privacy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_loyalty_reports")
public class LoyaltyReportEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "subject", nullable = false, length = 200)
    String subject;
    @Column(name = "body", nullable = false, length = 2000)
    String body;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    @Column(name = "filed_at", nullable = false)
    Instant filedAt;
    @Column(name = "answer", length = 2000)
    String answer;
    @Column(name = "answered_by", length = 100)
    String answeredBy;
    @Column(name = "answered_at")
    Instant answeredAt;

    protected LoyaltyReportEntity() {
    }
}
