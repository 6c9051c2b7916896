package org.coopkit.governance.proxies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.proxies.internal.Proxies;

/**
 * The proxies that voting and the member's data export read, inside the caller's transaction: the seam by which
 * the ballots and privacy features see mandates without reaching into this feature's {@code internal} package.
 * Not a guarded API: the calling service has checked its actor; applications use {@link ProxyService}.
 */
public final class Mandates {
    private final Proxies proxies;

    /**
     * Mandates read through the given transactions.
     *
     * @param tx the governance module's transactions
     */
    public Mandates(Transactions tx) {
        this.proxies = new Proxies(tx);
    }

    /**
     * The proxy a grantor has given for a ballot and not revoked.
     *
     * @param ballot the ballot
     * @param grantor the member who gave it
     * @return the mandate, or empty when the grantor holds their own vote
     */
    public Optional<Proxy> activeOf(BallotId ballot, MemberId grantor) {
        return proxies.activeProxyOf(ballot, grantor).map(ProxyService::toProxy);
    }

    /**
     * Voting in person revokes the proxy the voter had given for the ballot, if any.
     *
     * @param ballot the ballot
     * @param grantor the member who votes in person
     * @param at when
     */
    public void revokeOnVoteInPerson(BallotId ballot, MemberId grantor, Instant at) {
        proxies.activeProxyOf(ballot, grantor).ifPresent(p -> proxies.revokeProxy(p.id(), at, "voted in person"));
    }

    /**
     * Every proxy a member gave or held, for their data export.
     *
     * @param member the member
     * @return the proxies, oldest first
     */
    public List<Proxy> of(MemberId member) {
        return proxies.proxiesOf(member).stream().map(ProxyService::toProxy).toList();
    }
}
