package org.coopkit.governance.proxies;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.ballots.BallotId;

/** A mandate: the grantor lets the holder vote for them in one ballot. Revoked by the grantor, or by voting in person. */
public record Proxy(String id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt,
                    Optional<String> revokedWhy) {
    public boolean active() {
        return revokedAt.isEmpty();
    }
}
