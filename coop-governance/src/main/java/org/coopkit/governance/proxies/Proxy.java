package org.coopkit.governance.proxies;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.ProxyRefused;

/**
 * A mandate: the grantor asks the holder to vote for them in one ballot; the holder accepts or
 * declines, and only an accepted mandate can be used. Revoked by the grantor (until it is used), or
 * by voting in person. {@code used}: the holder has voted for the grantor — it can no longer be
 * revoked, and the holder votes for the grantor again only where the ballot allows revoting.
 */
public record Proxy(ProxyId id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt,
                    Optional<String> revokedWhy, boolean used, Optional<Instant> acceptedAt) {
    /** What the holder said when they declined (kept as the end of the mandate). */
    public static final String DECLINED = "declined by the holder";

    /** Where a mandate stands, as both members see it. */
    public enum Status {
        /** Given, not yet answered by the holder. */
        PENDING,
        /** Accepted: the holder may vote with it. */
        ACCEPTED,
        /** The holder has voted for the grantor. */
        USED,
        /** The holder declined it. */
        DECLINED,
        /** Revoked by the grantor, or by the grantor voting in person. */
        REVOKED }

    /**
     * A mandate as stored before acceptance was tracked: not used, not accepted.
     * @param id the proxy's id
     * @param ballot the ballot
     * @param grantor the member who gave the mandate
     * @param holder the member trusted with it
     * @param givenAt when it was given
     * @param revokedAt when it ended; empty while active
     * @param revokedWhy why it ended
     */
    public Proxy(ProxyId id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt, Optional<String> revokedWhy) {
        this(id, ballot, grantor, holder, givenAt, revokedAt, revokedWhy, false, Optional.empty());
    }

    /**
     * Whether the mandate has not ended (revoked, declined or replaced by a vote in person).
     * @return true until it ends
     */
    public boolean active() {
        return revokedAt.isEmpty();
    }

    /**
     * The lifecycle in one place: pending until accepted; used once the holder voted; declined or revoked once ended.
     *
     * @return the mandate's status
     */
    public Status status() {
        if (revokedAt.isPresent()) return revokedWhy.filter(DECLINED::equals).isPresent() ? Status.DECLINED : Status.REVOKED;
        if (used) return Status.USED;
        return acceptedAt.isPresent() ? Status.ACCEPTED : Status.PENDING;
    }

    /**
     * Whether the grantor may still revoke it.
     *
     * @return true while active and not used
     */
    public boolean revocable() {
        return active() && !used;
    }

    /**
     * Whether the holder may vote with it now.
     *
     * @return true once accepted and while not used or ended
     */
    public boolean usable() {
        return status() == Status.ACCEPTED;
    }

    /**
     * Whether the holder still has to answer.
     *
     * @return true while pending
     */
    public boolean awaitingAnswer() {
        return status() == Status.PENDING;
    }

    /**
     * Revoking (by the grantor or the board) ends a mandate until it is used; a used one stands.
     *
     * @throws ProxyRefused if the holder has already voted with it
     */
    public void checkCanRevoke() {
        if (active() && used) {
            throw new ProxyRefused("the mandate was used: your vote has been cast by the member you trusted, so the proxy can no longer be revoked");
        }
    }

    /**
     * The holder answers (accepts or declines) a mandate only while it is pending.
     *
     * @throws ProxyRefused if it has ended or was already accepted
     */
    public void checkCanAnswer() {
        if (!active()) throw new ProxyRefused("this mandate has ended (" + revokedWhy.orElse("revoked") + ")");
        if (acceptedAt.isPresent()) throw new ProxyRefused("you have already accepted this mandate");
    }
}
