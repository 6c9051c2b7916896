package org.coopkit.core.privacy;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/**
 * A member's opt-in for one purpose: dated, revocable, never pre-ticked.
 *
 * @param id        the consent's identifier
 * @param member    the member who consented
 * @param purpose   the {@link Purpose#code()} consented to
 * @param grantedAt when the member opted in
 * @param revokedAt when the member withdrew, if they did
 */
public record Consent(String id, MemberId member, String purpose, Instant grantedAt, Optional<Instant> revokedAt) {
    /**
     * Whether the consent still holds.
     *
     * @return true when it has not been revoked
     */
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
