package org.coopkit.core.auth;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * A session or API token as stored: only its SHA-256 hash is kept, so the database never holds a
 * usable token. It stops working when revoked, after {@code idleUntil} without use, or at
 * {@code expiresAt} whatever the use; {@code client} says where it was opened (address, browser).
 *
 * @param id         the token's identifier (not the secret)
 * @param member     the member it authenticates
 * @param label      a name the member gave it
 * @param kind       session or API token
 * @param createdAt  when it was opened
 * @param lastUsedAt when it last authenticated a request
 * @param idleUntil  when it stops working unless used before
 * @param expiresAt  when it stops working whatever the use
 * @param client     where it was opened (address, browser)
 * @param revokedAt  when it was revoked, if it was
 */
public record ApiToken(String id, MemberId member, String label, TokenKind kind, Instant createdAt, Instant lastUsedAt,
                       Instant idleUntil, Instant expiresAt, String client, Optional<Instant> revokedAt) {
    /**
     * Not revoked (it may still have expired: see {@link #activeAt}).
     *
     * @return true when not revoked
     */
    public boolean active() {
        return revokedAt.isEmpty();
    }

    /**
     * Usable at {@code now}: not revoked, not idle too long, not past its absolute expiry.
     *
     * @param now the instant of the request
     * @return true when the token authenticates at {@code now}
     */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(idleUntil) && now.isBefore(expiresAt);
    }
}
