package org.coopkit.governance.proxies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotNotFound;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.NotOnRoll;
import org.coopkit.governance.ballots.ProxyRefused;
import org.coopkit.governance.ballots.internal.GovernanceStore;

/**
 * Proxies: a member on a ballot's roll gives a mandate to another member on the roll. A holder
 * carries at most {@link GovernanceRules#proxyCap(int)} mandates; the grantor's and the holder's roll
 * rows are locked so two racing mandates cannot exceed the cap. The board sees every proxy.
 */
public final class ProxyService {
    private final Transactions tx;
    private final GovernanceStore store;
    private final GovernanceRules rules;
    private final AuditLog audit;
    private final Clock clock;

    public ProxyService(Transactions tx, GovernanceRules rules, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = new GovernanceStore(tx);
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public Proxy give(Actor actor, BallotId ballot, MemberId holder) {
        actor.require(Role.MEMBER);
        MemberId grantor = actor.requireMemberId();
        if (grantor.equals(holder)) throw new ProxyRefused("a member cannot give a proxy to themselves");
        return tx.inTransaction(() -> {
            Ballot b = store.ballot(ballot).orElseThrow(() -> new BallotNotFound(ballot));
            if (b.status() != BallotStatus.OPEN) throw new ProxyRefused("proxies are given while the ballot is open");
            // lock both roll rows in a fixed order
            MemberId first = grantor.toString().compareTo(holder.toString()) < 0 ? grantor : holder;
            MemberId second = first.equals(grantor) ? holder : grantor;
            store.onRoll(ballot, first, true);
            store.onRoll(ballot, second, true);
            store.onRoll(ballot, grantor, false).orElseThrow(() -> new NotOnRoll("you"));
            store.onRoll(ballot, holder, false).orElseThrow(() -> new ProxyRefused("the holder must be a member on this ballot's roll"));
            if (store.hasVoted(ballot, grantor)) throw new ProxyRefused("you have already voted in this ballot");
            if (store.activeProxyOf(ballot, grantor).isPresent()) throw new ProxyRefused("you have already given a proxy for this ballot; revoke it first");
            if (store.activeProxyOf(ballot, holder).isPresent()) throw new ProxyRefused("the holder has given their own vote away for this ballot");
            int cap = rules.proxyCap(b.rollSize());
            if (store.mandatesHeld(ballot, holder) >= cap) {
                throw new ProxyRefused("the holder already carries " + cap + " mandate" + (cap == 1 ? "" : "s") + ", the most the statutes allow");
            }
            var p = store.giveProxy(ballot, grantor, holder, clock.instant());
            audit.record(actor, "gov.proxy-given", ballot.toString(), "to " + holder);
            return toProxy(p);
        });
    }

    public void revoke(Actor actor, String proxyId) {
        tx.run(() -> {
            var p = store.proxy(proxyId).orElseThrow(() -> new NotFound("proxy", proxyId));
            actor.requireSelfOr(p.grantor(), Role.BOARD);
            if (p.active() && store.hasVoted(p.ballot(), p.grantor())) {
                throw new ProxyRefused("the mandate was used: your vote has been cast by the member you trusted, so the proxy can no longer be revoked");
            }
            store.revokeProxy(proxyId, clock.instant(), "revoked by the grantor");
            audit.record(actor, "gov.proxy-revoked", p.ballot().toString(), proxyId);
        });
    }

    /** Every proxy (board), optionally of one ballot. */
    public List<Proxy> all(Actor actor, Optional<BallotId> ballot) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> store.proxies(ballot).stream().map(this::withUse).toList());
    }

    /** Proxies the member gave or holds. */
    public List<Proxy> mine(Actor actor) {
        MemberId me = actor.requireMemberId();
        return tx.inTransaction(() -> store.proxiesOf(me).stream().map(this::withUse).toList());
    }

    /** The mandates one holder may carry in this ballot (the statutes' cap for its roll). */
    public int capFor(BallotId ballot) {
        return tx.inTransaction(() -> rules.proxyCap(store.ballot(ballot).orElseThrow(() -> new BallotNotFound(ballot)).rollSize()));
    }

    private Proxy withUse(GovernanceStore.ProxyRow p) {
        return new Proxy(p.id(), p.ballot(), p.grantor(), p.holder(), p.givenAt(), p.revokedAt(), p.revokedWhy(),
                p.active() && store.hasVoted(p.ballot(), p.grantor()));
    }

    static Proxy toProxy(GovernanceStore.ProxyRow p) {
        return new Proxy(p.id(), p.ballot(), p.grantor(), p.holder(), p.givenAt(), p.revokedAt(), p.revokedWhy());
    }
}
