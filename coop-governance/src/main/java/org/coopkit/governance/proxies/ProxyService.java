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
import org.coopkit.governance.ballots.BallotRecords;
import org.coopkit.governance.proxies.internal.Proxies;

/**
 * Proxies: a member on a ballot's roll gives a mandate to another member on the roll. A holder
 * carries at most {@link GovernanceRules#proxyCap(int)} mandates; the grantor's and the holder's roll
 * rows are locked so two racing mandates cannot exceed the cap. The board sees every proxy.
 */
public final class ProxyService {
    private final Transactions tx;
    private final BallotRecords records;
    private final Proxies proxies;
    private final GovernanceRules rules;
    private final AuditLog audit;
    private final Clock clock;

    private final org.coopkit.core.members.Members members;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}, without the member register (no search of holders by name).
     *
     * @param tx the module's transactions
     * @param rules the statutes' governance rules (the proxy cap)
     * @param audit the audit log
     * @param clock the clock
     */
    public ProxyService(Transactions tx, GovernanceRules rules, AuditLog audit, Clock clock) {
        this(tx, rules, audit, clock, null);
    }

    /**
     * With the member register, for finding a holder by name on the roll ({@link #holders}).
     *
     * @param tx the module's transactions
     * @param rules the statutes' governance rules (the proxy cap)
     * @param audit the audit log
     * @param clock the clock
     * @param members core's member register
     */
    public ProxyService(Transactions tx, GovernanceRules rules, AuditLog audit, Clock clock, org.coopkit.core.members.Members members) {
        this.members = members;
        this.tx = tx;
        this.records = new BallotRecords(tx);
        this.proxies = new Proxies(tx);
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A MEMBER on the open ballot's roll gives their mandate to another member on the roll; the holder then accepts or declines it.
     * @param actor the grantor, a MEMBER
     * @param ballot the open ballot
     * @param holder the member trusted with the vote
     * @return the proxy, not yet accepted
     * @throws BallotNotFound if no ballot has that id
     * @throws NotOnRoll if the grantor is not on the roll
     * @throws ProxyRefused if it is to themselves, the ballot is not open, the holder is not on the roll, the grantor voted or already gave a proxy, the holder gave theirs away, or the holder reached the statutes' cap
     */
    public Proxy give(Actor actor, BallotId ballot, MemberId holder) {
        actor.require(Role.MEMBER);
        MemberId grantor = actor.requireMemberId();
        if (grantor.equals(holder)) throw new ProxyRefused("a member cannot give a proxy to themselves");
        return tx.inTransaction(() -> {
            Ballot b = records.ballot(ballot).orElseThrow(() -> new BallotNotFound(ballot));
            if (b.status() != BallotStatus.OPEN) throw new ProxyRefused("proxies are given while the ballot is open");
            // lock both roll rows in a fixed order
            MemberId first = grantor.toString().compareTo(holder.toString()) < 0 ? grantor : holder;
            MemberId second = first.equals(grantor) ? holder : grantor;
            records.onRoll(ballot, first, true);
            records.onRoll(ballot, second, true);
            if (!records.onRoll(ballot, grantor, false)) throw new NotOnRoll("you");
            if (!records.onRoll(ballot, holder, false)) throw new ProxyRefused("the holder must be a member on this ballot's roll");
            if (records.hasVoted(ballot, grantor)) throw new ProxyRefused("you have already voted in this ballot");
            if (proxies.activeProxyOf(ballot, grantor).isPresent()) throw new ProxyRefused("you have already given a proxy for this ballot; revoke it first");
            if (proxies.activeProxyOf(ballot, holder).isPresent()) throw new ProxyRefused("the holder has given their own vote away for this ballot");
            int cap = rules.proxyCap(b.rollSize());
            if (proxies.mandatesHeld(ballot, holder) >= cap) {
                throw new ProxyRefused("the holder already carries " + cap + " mandate" + (cap == 1 ? "" : "s") + ", the most the statutes allow");
            }
            var p = proxies.giveProxy(ballot, grantor, holder, clock.instant());
            audit.record(actor, "gov.proxy-given", ballot.toString(), "to " + holder);
            return toProxy(p);
        });
    }

    /**
     * Revokes a mandate: the grantor or the BOARD may, until the mandate has been used.
     * @param actor the grantor or the BOARD
     * @param proxyId the proxy's id
     * @throws ProxyRefused if the holder has already voted with it
     */
    public void revoke(Actor actor, ProxyId proxyId) {
        tx.run(() -> {
            var p = proxies.proxy(proxyId).orElseThrow(() -> new NotFound("proxy", proxyId));
            actor.requireSelfOr(p.grantor(), Role.BOARD);
            withUse(p).checkCanRevoke();
            proxies.revokeProxy(proxyId, clock.instant(), "revoked by the grantor");
            audit.record(actor, "gov.proxy-revoked", p.ballot().toString(), proxyId.toString());
        });
    }

    /**
     * The holder accepts the mandate: from now on they may vote with it (until it is revoked or used).
     *
     * @param actor the holder, a MEMBER
     * @param proxyId the proxy's id
     * @return the proxy, accepted
     * @throws ProxyRefused if it has ended or was already accepted, or the ballot is not open
     */
    public Proxy accept(Actor actor, ProxyId proxyId) {
        return answer(actor, proxyId, true);
    }

    /**
     * The holder declines the mandate: it ends, and the grantor may vote or trust someone else.
     *
     * @param actor the holder, a MEMBER
     * @param proxyId the proxy's id
     * @return the proxy, ended as declined
     * @throws ProxyRefused if it has ended or was already accepted, or the ballot is not open
     */
    public Proxy decline(Actor actor, ProxyId proxyId) {
        return answer(actor, proxyId, false);
    }

    private Proxy answer(Actor actor, ProxyId proxyId, boolean accept) {
        actor.require(Role.MEMBER);
        MemberId me = actor.requireMemberId();
        return tx.inTransaction(() -> {
            var p = proxies.lockProxy(proxyId).orElseThrow(() -> new NotFound("proxy", proxyId));
            if (!p.holder().equals(me)) throw new org.coopkit.core.actors.AccessDenied(actor, "only the member asked to hold the mandate answers it");
            withUse(p).checkCanAnswer();
            Ballot b = records.ballot(p.ballot()).orElseThrow(() -> new BallotNotFound(p.ballot()));
            if (b.status() != BallotStatus.OPEN) throw new ProxyRefused("mandates are answered while the ballot is open");
            if (accept) {
                proxies.acceptProxy(proxyId, clock.instant());
                audit.record(actor, "gov.proxy-accepted", p.ballot().toString(), proxyId.toString());
            } else {
                proxies.revokeProxy(proxyId, clock.instant(), Proxy.DECLINED);
                audit.record(actor, "gov.proxy-declined", p.ballot().toString(), proxyId.toString());
            }
            return withUse(proxies.proxy(proxyId).orElseThrow());
        });
    }

    /** A member on a ballot's roll whom another may trust with a mandate: found by name, no membership number. */
    public record Holder(MemberId id, String name) {
    }

    /**
     * Members on the ballot's roll whose name (any of its words) starts with {@code prefix}, ignoring
     * case and accents, the asking member excluded; at most 10. Only for a member on the same roll.
     *
     * @param actor a MEMBER on the ballot's roll
     * @param ballot the ballot
     * @param prefix the start of a word of the name
     * @return at most 10 holders, by name
     */
    public List<Holder> holders(Actor actor, BallotId ballot, String prefix) {
        actor.require(Role.MEMBER);
        MemberId me = actor.requireMemberId();
        String wanted = fold(prefix == null ? "" : prefix);
        if (wanted.length() < 2) throw new org.coopkit.core.errors.InvalidInput("name", "type at least 2 letters of the name");
        if (members == null) throw new IllegalStateException("ProxyService built without the member register");
        return tx.inTransaction(() -> {
            records.ballot(ballot).orElseThrow(() -> new BallotNotFound(ballot));
            if (!records.onRoll(ballot, me, false)) throw new NotOnRoll("you");
            return records.roll(ballot).stream().filter(m -> !m.equals(me))
                    .map(members::find).flatMap(Optional::stream)
                    .filter(m -> java.util.Arrays.stream(fold(m.name()).split(" ")).anyMatch(w -> w.startsWith(wanted)) || fold(m.name()).startsWith(wanted))
                    .map(m -> new Holder(m.id(), m.name())).sorted(java.util.Comparator.comparing(Holder::name)).limit(10).toList();
        });
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Every proxy (board), optionally of one ballot.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param ballot the ballot to restrict to; empty for all
     * @return the proxies, with whether each was used
     */
    public List<Proxy> all(Actor actor, Optional<BallotId> ballot) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> proxies.proxies(ballot).stream().map(this::withUse).toList());
    }

    /**
     * Proxies the member gave or holds.
     *
     * @param actor the member (a member id is required)
     * @return the proxies they gave or hold
     */
    public List<Proxy> mine(Actor actor) {
        MemberId me = actor.requireMemberId();
        return tx.inTransaction(() -> proxies.proxiesOf(me).stream().map(this::withUse).toList());
    }

    /**
     * The mandates one holder may carry in this ballot (the statutes' cap for its roll).
     *
     * @param ballot the ballot
     * @return the most mandates one holder may carry
     * @throws BallotNotFound if no ballot has that id
     */
    public int capFor(BallotId ballot) {
        return tx.inTransaction(() -> rules.proxyCap(records.ballot(ballot).orElseThrow(() -> new BallotNotFound(ballot)).rollSize()));
    }

    private Proxy withUse(Proxies.ProxyRow p) {
        return new Proxy(p.id(), p.ballot(), p.grantor(), p.holder(), p.givenAt(), p.revokedAt(), p.revokedWhy(),
                p.active() && records.hasVoted(p.ballot(), p.grantor()), p.acceptedAt());
    }

    static Proxy toProxy(Proxies.ProxyRow p) {
        return new Proxy(p.id(), p.ballot(), p.grantor(), p.holder(), p.givenAt(), p.revokedAt(), p.revokedWhy(), false, p.acceptedAt());
    }
}
