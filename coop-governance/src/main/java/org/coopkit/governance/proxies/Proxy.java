package org.coopkit.governance.proxies;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.ballots.BallotId;

/**
 * A mandate: the grantor lets the holder vote for them in one ballot. Revoked by the grantor (until
 * it is used), or by voting in person. {@code used}: the holder has voted for the grantor — it can no
 * longer be revoked, and the holder votes for the grantor again only where the ballot allows revoting.
 */
public record Proxy(String id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt,
                    Optional<String> revokedWhy, boolean used) {
    public Proxy(String id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt, Optional<String> revokedWhy) {
        this(id, ballot, grantor, holder, givenAt, revokedAt, revokedWhy, false);
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** Whether the grantor may still revoke it. */
    public boolean revocable() {
        return active() && !used;
    }
}
