package org.coopkit.core.auth;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/** An API token as stored: only its SHA-256 hash is kept, so the database never holds a usable token. */
public record ApiToken(String id, MemberId member, String label, Instant createdAt, Optional<Instant> revokedAt) {
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
