package org.coopkit.core.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.AuditRecord;
import org.coopkit.core.audit.BrokenLink;
import org.coopkit.core.audit.ChainVerification;
import org.coopkit.core.audit.HashChain;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.HeadRows;
import org.coopkit.core.persistence.Transactions;

/**
 * {@link AuditLog} on JPA: one chain per stream, each with its head row in {@code core_audit_streams};
 * the head row serializes the appends to its stream only, and the primary key (stream, seq) refuses a fork.
 */
public final class JpaAuditLog implements AuditLog {
    private static final int PAGE = 500;
    private static final int STREAM_LENGTH = 100;
    private final Transactions tx;
    private final Clock clock;

    public JpaAuditLog(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AuditRecord record(Actor actor, String action, String subject, String data) {
        return record(subject, actor, action, subject, data);
    }

    @Override
    public AuditRecord record(String stream, Actor actor, String action, String subject, String data) {
        if (stream == null || stream.isEmpty() || stream.length() > STREAM_LENGTH) {
            throw new IllegalArgumentException("an audit stream is named by 1 to " + STREAM_LENGTH + " characters: " + stream);
        }
        EntityManager em = tx.entityManager();
        AuditStreamEntity head = lockHead(em, stream);
        // microseconds: what every supported database stores without rounding
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecord unsigned = new AuditRecord(stream, head.lastSeq + 1, at, actor.name(), action, subject,
                data == null ? "" : truncate(data), head.lastHash, null);
        AuditRecordEntity e = new AuditRecordEntity();
        e.stream = stream;
        e.seq = unsigned.sequence();
        e.at = at;
        e.actor = unsigned.actor();
        e.action = action;
        e.subject = subject;
        e.data = unsigned.data();
        e.prevHash = head.lastHash;
        e.hash = HashChain.append(head.lastHash, unsigned.canonical());
        em.persist(e);
        HeadRows.compareAndSet(em, "the audit stream head " + stream,
                "update core_audit_streams set last_seq = ?1, last_hash = ?2 where stream = ?3 and last_seq = ?4 and last_hash = ?5",
                e.seq, e.hash, stream, head.lastSeq, head.lastHash);
        em.detach(head);
        return toRecord(e);
    }

    /** Locks the stream's head, creating it at the genesis on the stream's first record. */
    private static AuditStreamEntity lockHead(EntityManager em, String stream) {
        AuditStreamEntity head = em.find(AuditStreamEntity.class, stream, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) return head;
        try {
            em.createNativeQuery("insert into core_audit_streams (stream, last_seq, last_hash) values (?1, 0, ?2)")
                    .setParameter(1, stream).setParameter(2, Hashes.GENESIS).executeUpdate();
        } catch (RuntimeException e) {
            // a concurrent first record created it (and may still hold it): the transaction runs again and waits for its lock
            if (Constraints.isIntegrityViolation(e)) throw new OptimisticLockException("the audit stream " + stream + " was opened concurrently");
            throw e;
        }
        return em.find(AuditStreamEntity.class, stream, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String truncate(String data) {
        return data.length() <= 4000 ? data : data.substring(0, 3990) + "…";
    }

    @Override
    public ChainVerification verify() {
        return tx.inTransaction(() -> {
            EntityManager em = tx.entityManager();
            long checked = 0;
            for (AuditStreamEntity head : em.createQuery("select h from AuditStreamEntity h order by h.stream", AuditStreamEntity.class)
                    .getResultList()) {
                ChainVerification v = walk(em, head);
                checked += v.checked();
                if (!v.intact()) return new ChainVerification(checked, v.broken());
            }
            // a record whose stream has no head: the head was deleted to hide the stream's tail
            List<AuditRecordEntity> orphans = em.createQuery("select a from AuditRecordEntity a where a.stream not in"
                    + " (select h.stream from AuditStreamEntity h) order by a.stream, a.seq", AuditRecordEntity.class).setMaxResults(1).getResultList();
            if (!orphans.isEmpty()) {
                AuditRecordEntity o = orphans.get(0);
                return new ChainVerification(checked, Optional.of(new BrokenLink(o.stream, o.seq, BrokenLink.Problem.TAIL_MISSING, "a head", "none")));
            }
            return new ChainVerification(checked, Optional.empty());
        });
    }

    @Override
    public ChainVerification verify(String stream) {
        return tx.inTransaction(() -> {
            EntityManager em = tx.entityManager();
            AuditStreamEntity head = em.find(AuditStreamEntity.class, stream);
            if (head != null) return walk(em, head);
            HashChain.Walk walk = HashChain.walk(stream);
            for (AuditRecordEntity e : page(em, stream, 1)) if (!walk.next(link(e))) return walk.end();
            return walk.end(0, Hashes.GENESIS);
        });
    }

    private static ChainVerification walk(EntityManager em, AuditStreamEntity head) {
        HashChain.Walk walk = HashChain.walk(head.stream);
        long from = 1;
        while (true) {
            List<AuditRecordEntity> page = page(em, head.stream, from);
            if (page.isEmpty()) break;
            for (AuditRecordEntity e : page) if (!walk.next(link(e))) return walk.end();
            from = page.get(page.size() - 1).seq + 1;
            for (AuditRecordEntity e : page) em.detach(e);
        }
        return walk.end(head.lastSeq, head.lastHash);
    }

    private static List<AuditRecordEntity> page(EntityManager em, String stream, long from) {
        return em.createQuery("select a from AuditRecordEntity a where a.stream = :s and a.seq >= :from order by a.seq", AuditRecordEntity.class)
                .setParameter("s", stream).setParameter("from", from).setMaxResults(PAGE).getResultList();
    }

    private static HashChain.Link link(AuditRecordEntity e) {
        return new HashChain.Link(e.seq, e.prevHash, e.hash, toRecord(e).canonical());
    }

    @Override
    public List<AuditRecord> about(String subject) {
        return tx.inTransaction(() -> tx.entityManager()
                .createQuery("select a from AuditRecordEntity a where a.subject = :s order by a.at, a.stream, a.seq", AuditRecordEntity.class)
                .setParameter("s", subject).getResultStream().map(JpaAuditLog::toRecord).toList());
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        return tx.inTransaction(() -> tx.entityManager()
                .createQuery("select a from AuditRecordEntity a order by a.at desc, a.seq desc, a.stream desc", AuditRecordEntity.class)
                .setMaxResults(limit).getResultStream().map(JpaAuditLog::toRecord).toList());
    }

    private static AuditRecord toRecord(AuditRecordEntity e) {
        return new AuditRecord(e.stream, e.seq, e.at, e.actor, e.action, e.subject, e.data == null ? "" : e.data, e.prevHash, e.hash);
    }
}
