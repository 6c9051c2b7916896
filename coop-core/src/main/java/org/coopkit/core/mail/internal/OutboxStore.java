package org.coopkit.core.mail.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.mail.Mail;
import org.coopkit.core.mail.Outbox.OutboxEntry;
import org.coopkit.core.persistence.Transactions;

/** The mail outbox on JPA. Call inside a transaction. */
public final class OutboxStore {
    private final Transactions tx;

    public OutboxStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public boolean exists(String key) {
        return !em().createQuery("select o.id from OutboxEntity o where o.mailKey = :k", String.class).setParameter("k", key)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(String key, Mail mail, Instant at) {
        OutboxEntity e = new OutboxEntity();
        e.id = UUID.randomUUID().toString();
        e.mailKey = key;
        e.recipient = mail.to();
        e.subject = mail.subject();
        e.textBody = mail.text();
        e.htmlBody = mail.html();
        e.queuedAt = at;
        e.notBefore = at;
        em().persist(e);
    }

    /** Unsent mail whose time has come and that no live sender holds, oldest first. */
    public List<String> due(Instant now, int max) {
        return em().createQuery("select o.id from OutboxEntity o where o.sentAt is null and o.notBefore <= :now"
                        + " and (o.claimedUntil is null or o.claimedUntil < :now) order by o.queuedAt, o.id", String.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Takes the mail for one sender until {@code until}: true for the one sender whose conditional update hit the row. */
    public boolean claim(String id, Instant now, Instant until) {
        return em().createQuery("update OutboxEntity o set o.claimedUntil = :until, o.attempts = o.attempts + 1 where o.id = :id"
                        + " and o.sentAt is null and (o.claimedUntil is null or o.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", id).setParameter("now", now).executeUpdate() == 1;
    }

    public Mail mail(String id) {
        OutboxEntity e = em().find(OutboxEntity.class, id);
        return new Mail(e.recipient, e.subject, e.textBody, e.htmlBody);
    }

    /** Sent: the bodies are erased, what was sent to whom and when stays. */
    public void sent(String id, Instant at) {
        OutboxEntity e = em().find(OutboxEntity.class, id);
        e.sentAt = at;
        e.claimedUntil = null;
        e.lastError = null;
        e.textBody = null;
        e.htmlBody = null;
    }

    /** Not sent: tried again after 1, 2, 4 … minutes, at most an hour. */
    public void failed(String id, String why, Instant at) {
        OutboxEntity e = em().find(OutboxEntity.class, id);
        e.claimedUntil = null;
        e.lastError = why.length() > 500 ? why.substring(0, 500) : why;
        e.notBefore = at.plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, e.attempts - 1)))));
    }

    public List<OutboxEntry> entries() {
        return em().createQuery("select o from OutboxEntity o order by o.queuedAt, o.id", OutboxEntity.class).getResultStream()
                .map(e -> new OutboxEntry(e.mailKey, e.recipient, e.subject, e.queuedAt, Optional.ofNullable(e.sentAt), e.attempts,
                        Optional.ofNullable(e.lastError))).toList();
    }
}
