package org.coopkit.governance.ballots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.privacy.ConsentService;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;
import org.coopkit.governance.ballots.internal.MailStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Governance's mail (docs/mail.md): invitations when a ballot opens (queued by {@link VotingService#open}
 * in the opening transaction), one reminder round per ballot {@link BallotMail#reminderBefore} its close,
 * and a receipt a voter asks for. Without a {@link BallotMail} (no mail configured) nothing is queued.
 *
 * <p>A reminder round happens once per ballot: it locks the ballot and writes the round's row (primary
 * key: the ballot) in the transaction that queues the mails, so two app instances, a restart or a
 * retried round never remind twice. It reaches those on the roll who have not voted (in person or by
 * proxy) and have turned reminders on (consent purpose {@value BallotMail#REMINDER_PURPOSE}).
 */
public final class BallotMailer {
    private static final Logger LOG = LoggerFactory.getLogger(BallotMailer.class);
    private final Transactions tx;
    private final Ballots ballots;
    private final Rolls rolls;
    private final MailStore mailStore;
    private final Members members;
    private final ConsentService consents;
    private final Optional<BallotMail> mail;
    private final Clock clock;

    /**
     * Built by {@code GovernanceModule}; use {@code gov.mailer()}.
     *
     * @param tx the module's transactions
     * @param members core's member register (addresses and names)
     * @param consents core's consents (reminders go only to members who agreed)
     * @param mail how ballot mail is written and queued; empty for none
     * @param clock the clock
     */
    public BallotMailer(Transactions tx, Members members, ConsentService consents, Optional<BallotMail> mail, Clock clock) {
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.mailStore = new MailStore(tx);
        this.members = members;
        this.consents = consents;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Whether mail is configured (else invitations, reminders and receipts by mail are not offered).
     *
     * @return whether a {@link BallotMail} is configured
     */
    public boolean enabled() {
        return mail.isPresent();
    }

    /** Inside the opening transaction: one invitation per member on the roll. */
    void invite(Ballot b, List<Member> roll) {
        mail.ifPresent(m -> roll.forEach(member -> m.outbox().enqueue("ballot-invitation:" + b.id() + ":" + member.id(), m.invitation(b, member))));
    }

    /**
     * Queues the reminder round of every ballot due for one; returns how many reminders were queued. Run by the scheduler.
     *
     * @return how many reminders were queued
     */
    public int remindDue() {
        if (mail.isEmpty()) return 0;
        BallotMail m = mail.get();
        Instant now = clock.instant();
        int queued = 0;
        for (BallotId id : tx.inTransaction(() -> mailStore.dueForReminder(now, now.plus(m.reminderBefore())))) {
            queued += tx.inTransaction(() -> {
                Ballot b = ballots.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
                if (b.status() != BallotStatus.OPEN || mailStore.reminded(id)) return 0; // another instance did it
                Set<MemberId> voted = new HashSet<>(rolls.participantIds(id));
                int n = 0;
                for (Rolls.RollRow row : rolls.roll(id)) {
                    if (voted.contains(row.member()) || !consents.has(row.member(), BallotMail.REMINDER_PURPOSE)) continue;
                    Optional<Member> member = members.find(row.member());
                    if (member.isEmpty()) continue;
                    if (m.outbox().enqueue("ballot-reminder:" + id + ":" + row.member(), m.reminder(b, member.get()))) n++;
                }
                mailStore.recordReminders(id, now, n);
                return n;
            });
        }
        return queued;
    }

    /**
     * Mails the voter the receipt of their vote: the actor must have voted on the ballot and the code
     * must be in its box (the voter types or the page passes the code they were shown).
     *
     * @param actor the voter, a MEMBER
     * @param id the ballot
     * @param trackingCode the receipt's tracking code, in any case and grouping
     * @throws InvalidInput if no mail is configured, the actor has not voted, or the code is not in the ballot's box
     * @throws BallotNotFound if no ballot has that id
     */
    public void mailReceipt(Actor actor, BallotId id, String trackingCode) {
        actor.require(Role.MEMBER);
        MemberId me = actor.requireMemberId();
        BallotMail m = mail.orElseThrow(() -> new InvalidInput("mail", "this co-op sends no mail (no mail relay is configured)"));
        String code = Receipt.canonicalCode(trackingCode);
        tx.run(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (!rolls.hasVoted(id, me)) throw new InvalidInput("trackingCode", "you have not voted on this ballot");
            if (!mailStore.inBox(id, code)) throw new InvalidInput("trackingCode", "is not a tracking code of this ballot");
            Member member = members.find(me).orElseThrow(() -> new NotOnRoll("you"));
            // the key never carries the code (it outlives the mail's body, beside the voter's address); one receipt mail a minute
            m.outbox().enqueue("ballot-receipt:" + id + ":" + me + ":" + clock.instant().getEpochSecond() / 60,
                    m.receipt(b, member, code));
        });
    }

    /**
     * Runs {@link #remindDue} every {@code period}; a failing round is logged and retried on the next.
     *
     * @param executor the application's scheduler
     * @param period the delay between two rounds
     * @return the scheduled task, to cancel on shutdown
     */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration period) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                int n = remindDue();
                if (n > 0) LOG.info("{} ballot reminders queued", n);
            } catch (RuntimeException e) {
                LOG.warn("ballot reminders failed; retrying on the next run: {}", e.toString());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
