package org.coopkit.core.auth;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * A session or API token as stored: only its SHA-256 hash is kept, so the database never holds a
 * usable token. It stops working when revoked, after {@code idleUntil} without use, or at
 * {@code expiresAt} whatever the use; {@code client} says where it was opened (address, browser).
 */
public record ApiToken(String id, MemberId member, String label, TokenKind kind, Instant createdAt, Instant lastUsedAt,
                       Instant idleUntil, Instant expiresAt, String client, Optional<Instant> revokedAt) {
    /** Not revoked (it may still have expired: see {@link #activeAt}). */
    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** Usable at {@code now}: not revoked, not idle too long, not past its absolute expiry. */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(idleUntil) && now.isBefore(expiresAt);
    }
}
