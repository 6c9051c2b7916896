package org.coopkit.governance.ballots.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;

/** What governance's mail needs from the database: reminder rounds and the box's codes. Call inside a transaction. */
public final class MailStore {
    private final Transactions tx;

    public MailStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    /** Open ballots of their own (not an assembly's) that close after {@code now} and by {@code limit}, and had no reminder round. */
    public List<BallotId> dueForReminder(Instant now, Instant limit) {
        return em().createQuery("select b.id from BallotEntity b where b.status = 'OPEN' and b.assemblyId is null and b.closesAt > :now"
                        + " and b.closesAt <= :limit and not exists (select r.ballotId from ReminderEntity r where r.ballotId = b.id) order by b.closesAt",
                String.class).setParameter("now", now).setParameter("limit", limit).getResultStream().map(BallotId::of).toList();
    }

    public boolean reminded(BallotId ballot) {
        return em().find(ReminderEntity.class, ballot.toString()) != null;
    }

    /** Records the round; a second one for the ballot fails at pk_gov_ballot_reminders. */
    public void recordReminders(BallotId ballot, Instant at, int recipients) {
        em().persist(new ReminderEntity(ballot.toString(), at, recipients));
        em().flush();
    }

    /** Whether the code is in this ballot's box. */
    public boolean inBox(BallotId ballot, String code) {
        BoxEntity e = em().find(BoxEntity.class, code);
        return e != null && e.ballotId.equals(ballot.toString());
    }
}
