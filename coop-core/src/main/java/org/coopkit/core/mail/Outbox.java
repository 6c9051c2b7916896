package org.coopkit.core.mail;

import java.time.Clock;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.mail.internal.OutboxStore;
import org.coopkit.core.persistence.Transactions;

/**
 * Mail queued with the change that causes it: {@link #enqueue} joins the caller's transaction, so a
 * mail exists exactly when its cause was committed, and nothing is sent before the commit. A mail
 * key (e.g. {@code ballot-invitation:<ballot>:<member>}) is queued once: a second enqueue with the same
 * key is ignored, and the database's unique key refuses a racing one (the racing transaction fails
 * and is retried by its caller, or rolls back with its cause).
 */
public final class Outbox {
    private final Transactions tx;
    private final OutboxStore store;
    private final Clock clock;

    /**
     * Built by {@code CoreModule}; use {@code core.outbox()}.
     *
     * @param tx    the transactions
     * @param clock the clock that dates a queued mail
     */
    public Outbox(Transactions tx, Clock clock) {
        this.tx = tx;
        this.store = new OutboxStore(tx);
        this.clock = clock;
    }

    /**
     * Queues the mail under its key, in the caller's transaction; false when the key was queued before.
     * Called from inside a use case that has checked its actor (no Actor here: docs/api.md).
     *
     * @param key  the mail's key, e.g. {@code ballot-invitation:<ballot>:<member>}
     * @param mail the mail
     * @return true when queued, false when the key was queued before
     */
    public boolean enqueue(String key, Mail mail) {
        return tx.inTransaction(() -> {
            if (store.exists(key)) return false;
            store.add(key, mail, clock.instant());
            return true;
        });
    }

    /**
     * What the outbox holds (ADMIN only: a stuck relay shows here); bodies of sent mail are erased.
     *
     * @param actor an administrator
     * @return every queued mail, sent or not
     * @throws org.coopkit.core.actors.AccessDenied when the actor is not ADMIN
     */
    public List<OutboxEntry> entries(Actor actor) {
        actor.require(Role.ADMIN);
        return tx.inTransaction(store::entries);
    }

    /**
     * One queued mail, as an administrator sees it.
     *
     * @param key       the mail's key
     * @param to        the recipient
     * @param subject   the subject
     * @param queuedAt  when it was queued
     * @param sentAt    when it was sent, if it was
     * @param attempts  how many sends were tried
     * @param lastError the reason the last send failed, if it did
     */
    public record OutboxEntry(String key, String to, String subject, java.time.Instant queuedAt, java.util.Optional<java.time.Instant> sentAt,
                              int attempts, java.util.Optional<String> lastError) {
    }
}
