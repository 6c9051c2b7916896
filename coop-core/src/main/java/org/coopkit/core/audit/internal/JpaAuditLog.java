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
import org.coopkit.core.persistence.DatabaseKind;
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
    private final StreamOpening opening;

    /**
     * @param tx    the transactions the records join
     * @param clock the clock records are dated with
     * @param kind  the database, for the statement that opens a stream
     */
    public JpaAuditLog(Transactions tx, Clock clock, DatabaseKind kind) {
        this.tx = tx;
        this.clock = clock;
        this.opening = new StreamOpening(kind);
    }

    @Override
    public AuditRecord record(Actor actor, String action, String subject, String data) {
        return record(subject, actor, action, subject, data);
    }

    @Override
    public AuditRecord record(String stream, Actor actor, String action, String subject, String data) {
        checkName(stream);
        EntityManager em = tx.entityManager();
        AuditStreamEntity head = em.find(AuditStreamEntity.class, stream, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            Optional<AuditRecord> first = first(em, stream, actor, action, subject, data);
            if (first.isPresent()) return first.get();
            // a concurrent first record opened it and committed: wait for its lock like any appender
            head = em.find(AuditStreamEntity.class, stream, LockModeType.PESSIMISTIC_WRITE);
            if (head == null) throw new OptimisticLockException("the audit stream " + stream + " was opened concurrently");
        }
        return append(em, head, actor, action, subject, data);
    }

    @Override
    public AuditRecord open(String stream, Actor actor, String action, String subject, String data) {
        checkName(stream);
        return first(tx.entityManager(), stream, actor, action, subject, data)
                .orElseGet(() -> record(stream, actor, action, subject, data));
    }

    private static void checkName(String stream) {
        if (stream == null || stream.isEmpty() || stream.length() > STREAM_LENGTH) {
            throw new IllegalArgumentException("an audit stream is named by 1 to " + STREAM_LENGTH + " characters: " + stream);
        }
    }

    /** Appends to a stream whose head this transaction holds locked, then moves the head by compare-and-set. */
    private AuditRecord append(EntityManager em, AuditStreamEntity head, Actor actor, String action, String subject, String data) {
        AuditRecordEntity e = entity(head.stream, head.lastSeq + 1, head.lastHash, actor, action, subject, data);
        em.persist(e);
        HeadRows.compareAndSet(em, "the audit stream head " + head.stream,
                "update core_audit_streams set last_seq = ?1, last_hash = ?2 where stream = ?3 and last_seq = ?4 and last_hash = ?5",
                e.seq, e.hash, head.stream, head.lastSeq, head.lastHash);
        em.detach(head);
        return toRecord(e);
    }

    /**
     * The stream's first record, its head created already at that record (sequence 1) by one statement that inserts it only if
     * absent ({@link StreamOpening}); empty when the stream exists, and nothing is written then.
     */
    private Optional<AuditRecord> first(EntityManager em, String stream, Actor actor, String action, String subject, String data) {
        AuditRecordEntity e = entity(stream, 1, Hashes.GENESIS, actor, action, subject, data);
        if (!opening.open(em, stream, e.seq, e.hash)) return Optional.empty();
        em.persist(e);
        return Optional.of(toRecord(e));
    }

    private AuditRecordEntity entity(String stream, long seq, String prevHash, Actor actor, String action, String subject, String data) {
        // microseconds: what every supported database stores without rounding
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecord unsigned = new AuditRecord(stream, seq, at, actor.name(), action, subject,
                data == null ? "" : truncate(data), prevHash, null);
        AuditRecordEntity e = new AuditRecordEntity();
        e.stream = stream;
        e.seq = seq;
        e.at = at;
        e.actor = unsigned.actor();
        e.action = action;
        e.subject = subject;
        e.data = unsigned.data();
        e.prevHash = prevHash;
        e.hash = HashChain.append(prevHash, unsigned.canonical());
        return e;
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
