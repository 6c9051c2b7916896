package org.coopkit.governance.proxies.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.proxies.ProxyId;

/** Proxies (mandates) given for a ballot, on JPA. Call inside a transaction. */
public final class Proxies {
    private final Transactions tx;

    public Proxies(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public record ProxyRow(ProxyId id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt,
                           Optional<String> revokedWhy, Optional<Instant> acceptedAt) {
        public boolean active() {
            return revokedAt.isEmpty();
        }
    }

    /** The holder accepted the mandate: only now may they vote with it. */
    public void acceptProxy(ProxyId id, Instant at) {
        ProxyEntity p = em().find(ProxyEntity.class, id.toString());
        if (p.acceptedAt == null) p.acceptedAt = at;
    }

    /** Locks the proxy row (accepting, declining and revoking never overlap). */
    public Optional<ProxyRow> lockProxy(ProxyId id) {
        return Optional.ofNullable(em().find(ProxyEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)).map(Proxies::toProxy);
    }

    public ProxyRow giveProxy(BallotId ballot, MemberId grantor, MemberId holder, Instant at) {
        ProxyEntity p = new ProxyEntity();
        p.id = ProxyId.random().toString();
        p.ballotId = ballot.toString();
        p.grantorId = grantor.toString();
        p.holderId = holder.toString();
        p.givenAt = at;
        em().persist(p);
        return toProxy(p);
    }

    public Optional<ProxyRow> activeProxyOf(BallotId ballot, MemberId grantor) {
        return em().createQuery("select p from ProxyEntity p where p.ballotId = :b and p.grantorId = :g and p.revokedAt is null", ProxyEntity.class)
                .setParameter("b", ballot.toString()).setParameter("g", grantor.toString()).getResultStream().findFirst().map(Proxies::toProxy);
    }

    public long mandatesHeld(BallotId ballot, MemberId holder) {
        return em().createQuery("select count(p) from ProxyEntity p where p.ballotId = :b and p.holderId = :h and p.revokedAt is null", Long.class)
                .setParameter("b", ballot.toString()).setParameter("h", holder.toString()).getSingleResult();
    }

    public void revokeProxy(ProxyId id, Instant at, String why) {
        ProxyEntity p = em().find(ProxyEntity.class, id.toString());
        if (p != null && p.revokedAt == null) {
            p.revokedAt = at;
            p.revokedWhy = why;
        }
    }

    public Optional<ProxyRow> proxy(ProxyId id) {
        return Optional.ofNullable(em().find(ProxyEntity.class, id.toString())).map(Proxies::toProxy);
    }

    public List<ProxyRow> proxies(Optional<BallotId> ballot) {
        var q = ballot.isPresent()
                ? em().createQuery("select p from ProxyEntity p where p.ballotId = :b order by p.givenAt, p.id", ProxyEntity.class).setParameter("b", ballot.get().toString())
                : em().createQuery("select p from ProxyEntity p order by p.givenAt, p.id", ProxyEntity.class);
        return q.getResultStream().map(Proxies::toProxy).toList();
    }

    public List<ProxyRow> proxiesOf(MemberId member) {
        return em().createQuery("select p from ProxyEntity p where p.grantorId = :m or p.holderId = :m order by p.givenAt, p.id", ProxyEntity.class)
                .setParameter("m", member.toString()).getResultStream().map(Proxies::toProxy).toList();
    }

    private static ProxyRow toProxy(ProxyEntity p) {
        return new ProxyRow(ProxyId.of(p.id), BallotId.of(p.ballotId), MemberId.of(p.grantorId), MemberId.of(p.holderId), p.givenAt,
                Optional.ofNullable(p.revokedAt), Optional.ofNullable(p.revokedWhy), Optional.ofNullable(p.acceptedAt));
    }
}
