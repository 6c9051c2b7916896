package org.coopkit.core.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.AuditRecord;
import org.coopkit.core.audit.ChainVerification;
import org.coopkit.core.audit.HashChain;
import org.coopkit.core.persistence.Transactions;

/** {@link AuditLog} on JPA; the head row serializes appends. */
public final class JpaAuditLog implements AuditLog {
    private static final int PAGE = 500;
    private final Transactions tx;
    private final Clock clock;

    public JpaAuditLog(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AuditRecord record(Actor actor, String action, String subject, String data) {
        EntityManager em = tx.entityManager();
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) throw new IllegalStateException("audit head missing: was the core changelog applied?");
        // microseconds: what every supported database stores without rounding
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecord unsigned = new AuditRecord(head.lastSeq + 1, at, actor.name(), action, subject,
                data == null ? "" : truncate(data), head.lastHash, null);
        String hash = HashChain.append(head.lastHash, unsigned.canonical());
        AuditRecordEntity e = new AuditRecordEntity();
        e.seq = unsigned.sequence();
        e.at = at;
        e.actor = unsigned.actor();
        e.action = action;
        e.subject = subject;
        e.data = unsigned.data();
        e.prevHash = head.lastHash;
        e.hash = hash;
        em.persist(e);
        org.coopkit.core.persistence.HeadRows.compareAndSet(em, "the audit log head",
                "update core_audit_head set last_seq = ?1, last_hash = ?2 where id = ?3 and last_seq = ?4 and last_hash = ?5",
                e.seq, hash, 1, head.lastSeq, head.lastHash);
        em.detach(head);
        return toRecord(e);
    }

    private static String truncate(String data) {
        return data.length() <= 4000 ? data : data.substring(0, 3990) + "…";
    }

    @Override
    public ChainVerification verify() {
        return tx.inTransaction(() -> {
            EntityManager em = tx.entityManager();
            HashChain.Walk walk = HashChain.walk("audit");
            long from = 1;
            while (true) {
                List<AuditRecordEntity> page = em.createQuery(
                                "select a from AuditRecordEntity a where a.seq >= :from order by a.seq", AuditRecordEntity.class)
                        .setParameter("from", from).setMaxResults(PAGE).getResultList();
                if (page.isEmpty()) break;
                for (AuditRecordEntity e : page) {
                    if (!walk.next(new HashChain.Link(e.seq, e.prevHash, e.hash, toRecord(e).canonical()))) return walk.end();
                }
                from = page.get(page.size() - 1).seq + 1;
                em.clear();
            }
            AuditHeadEntity head = em.find(AuditHeadEntity.class, 1);
            return walk.end(head.lastSeq, head.lastHash);
        });
    }

    @Override
    public List<AuditRecord> about(String subject) {
        return tx.inTransaction(() -> tx.entityManager()
                .createQuery("select a from AuditRecordEntity a where a.subject = :s order by a.seq", AuditRecordEntity.class)
                .setParameter("s", subject).getResultStream().map(JpaAuditLog::toRecord).toList());
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        return tx.inTransaction(() -> tx.entityManager()
                .createQuery("select a from AuditRecordEntity a order by a.seq desc", AuditRecordEntity.class)
                .setMaxResults(limit).getResultStream().map(JpaAuditLog::toRecord).toList());
    }

    private static AuditRecord toRecord(AuditRecordEntity e) {
        return new AuditRecord(e.seq, e.at, e.actor, e.action, e.subject, e.data == null ? "" : e.data, e.prevHash, e.hash);
    }
}
