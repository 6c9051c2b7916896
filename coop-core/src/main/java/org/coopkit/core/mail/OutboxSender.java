package org.coopkit.core.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.coopkit.core.mail.internal.OutboxStore;
import org.coopkit.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the {@link Outbox} through the {@link MailPort}, after the commits that queued the mail.
 *
 * <p>Each mail is first <em>claimed</em> in a transaction of its own (a conditional update: of two
 * senders — two app instances — one wins), then sent outside any transaction, then marked sent, and
 * its bodies erased (a receipt's tracking code is not kept beside the voter's address). A failed
 * send is recorded with its reason and retried after a backoff (1, 2, 4 … minutes, at most an hour);
 * it never blocks the use case that queued it. A sender that dies between sending and marking leaves
 * the claim to lapse ({@link #LEASE}) and the mail is sent again: at least once, never twice while
 * the senders are alive.
 */
public final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** How long a claimed mail is left to its sender before another may take it. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    private final Transactions tx;
    private final OutboxStore store;
    private final MailPort port;
    private final Clock clock;

    /**
     * Built by {@code CoreModule.outboxSender(port)}.
     *
     * @param tx    the transactions
     * @param port  where mail leaves
     * @param clock the clock that says what is due
     */
    public OutboxSender(Transactions tx, MailPort port, Clock clock) {
        this.tx = tx;
        this.store = new OutboxStore(tx);
        this.port = port;
        this.clock = clock;
    }

    /**
     * Sends what is due now, at most 50 mails.
     *
     * @return how many mails were sent by this call
     */
    public int drainOnce() {
        int sent = 0;
        for (String id : tx.inTransaction(() -> store.due(clock.instant(), BATCH))) {
            Instant now = clock.instant();
            if (!tx.inTransaction(() -> store.claim(id, now, now.plus(LEASE)))) continue; // another sender has it
            Mail mail = tx.inTransaction(() -> store.mail(id));
            try {
                port.send(mail);
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                tx.run(() -> store.failed(id, why, clock.instant()));
                LOG.warn("mail {} to be retried: {}", id, why);
                continue;
            }
            tx.run(() -> store.sent(id, clock.instant()));
            sent++;
        }
        return sent;
    }

    /**
     * Drains every {@code period} on the scheduler until it is shut down; a failing round is logged and the next one runs.
     *
     * @param scheduler the scheduler to run the rounds on
     * @param period    the delay between the end of a round and the next
     * @return the scheduled task, to cancel it
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration period) {
        LOG.info("mail is sent through {}", port.describe());
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                drainOnce();
            } catch (RuntimeException e) {
                LOG.warn("mail outbox round failed: {}", e.toString());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
