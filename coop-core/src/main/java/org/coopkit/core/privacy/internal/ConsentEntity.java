package org.coopkit.core.privacy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_consents")
public class ConsentEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "purpose", nullable = false, length = 40)
    String purpose;
    @Column(name = "granted_at", nullable = false)
    Instant grantedAt;
    @Column(name = "revoked_at")
    Instant revokedAt;

    protected ConsentEntity() {
    }
}
