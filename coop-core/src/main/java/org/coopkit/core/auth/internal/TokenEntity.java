package org.coopkit.core.auth.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_api_tokens")
public class TokenEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;
    @Column(name = "label", length = 100)
    String label;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "revoked_at")
    Instant revokedAt;
    @Column(name = "kind", nullable = false, length = 10)
    String kind;
    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;
    @Column(name = "idle_seconds", nullable = false)
    long idleSeconds;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Column(name = "client", length = 200)
    String client;

    protected TokenEntity() {
    }
}
