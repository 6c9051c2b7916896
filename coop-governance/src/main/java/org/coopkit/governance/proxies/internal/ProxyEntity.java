package org.coopkit.governance.proxies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "gov_proxies")
public class ProxyEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "grantor_id", nullable = false, length = 36) String grantorId;
    @Column(name = "holder_id", nullable = false, length = 36) String holderId;
    @Column(name = "given_at", nullable = false) Instant givenAt;
    @Column(name = "revoked_at") Instant revokedAt;
    @Column(name = "revoked_why", length = 100) String revokedWhy;
    @Column(name = "accepted_at") Instant acceptedAt;

    protected ProxyEntity() {
    }
}
