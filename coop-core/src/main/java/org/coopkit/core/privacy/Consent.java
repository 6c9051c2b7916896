package org.coopkit.core.privacy;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;

/** A member's opt-in for one purpose: dated, revocable, never pre-ticked. */
public record Consent(String id, MemberId member, String purpose, Instant grantedAt, Optional<Instant> revokedAt) {
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
