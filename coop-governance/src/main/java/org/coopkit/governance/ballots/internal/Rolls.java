package org.coopkit.governance.ballots.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.BallotId;

/** Electoral rolls frozen at opening, and who took part (never how). Call inside a transaction. */
public final class Rolls {
    private final Transactions tx;

    public Rolls(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public record RollRow(MemberId member, String college) {
    }

    public void addToRoll(BallotId ballot, MemberId member, String college) {
        RollEntity r = new RollEntity();
        r.id = ballot + ":" + member;
        r.ballotId = ballot.toString();
        r.memberId = member.toString();
        r.college = college;
        em().persist(r);
    }

    public Optional<RollRow> onRoll(BallotId ballot, MemberId member, boolean lock) {
        RollEntity r = lock ? em().find(RollEntity.class, ballot + ":" + member, LockModeType.PESSIMISTIC_WRITE)
                : em().find(RollEntity.class, ballot + ":" + member);
        return Optional.ofNullable(r).map(x -> new RollRow(MemberId.of(x.memberId), x.college));
    }

    public List<RollRow> roll(BallotId ballot) {
        return em().createQuery("select r from RollEntity r where r.ballotId = :b order by r.memberId", RollEntity.class)
                .setParameter("b", ballot.toString()).getResultStream().map(x -> new RollRow(MemberId.of(x.memberId), x.college)).toList();
    }

    public List<BallotId> ballotsOnRollOf(MemberId member) {
        return em().createQuery("select r.ballotId from RollEntity r where r.memberId = :m", String.class)
                .setParameter("m", member.toString()).getResultStream().map(BallotId::of).toList();
    }

    // --- participation and box ---------------------------------------------------------------

    public boolean hasVoted(BallotId ballot, MemberId member) {
        return !em().createQuery("select p.id from ParticipationEntity p where p.ballotId = :b and p.memberId = :m", String.class)
                .setParameter("b", ballot.toString()).setParameter("m", member.toString()).getResultList().isEmpty();
    }

    public void participate(BallotId ballot, MemberId member, MemberId castBy, Instant at) {
        ParticipationEntity p = new ParticipationEntity();
        p.id = UUID.randomUUID().toString();
        p.ballotId = ballot.toString();
        p.memberId = member.toString();
        p.castBy = castBy.toString();
        p.votedAt = at;
        em().persist(p);
        em().flush(); // a racing twin fails here, at uk_gov_participation
    }

    public long participants(BallotId ballot) {
        return em().createQuery("select count(p) from ParticipationEntity p where p.ballotId = :b", Long.class)
                .setParameter("b", ballot.toString()).getSingleResult();
    }

    public List<MemberId> participantIds(BallotId ballot) {
        return em().createQuery("select p.memberId from ParticipationEntity p where p.ballotId = :b", String.class)
                .setParameter("b", ballot.toString()).getResultStream().map(MemberId::of).toList();
    }

    public List<BallotId> ballotsVotedBy(MemberId member) {
        return em().createQuery("select p.ballotId from ParticipationEntity p where p.memberId = :m", String.class)
                .setParameter("m", member.toString()).getResultStream().map(BallotId::of).toList();
    }
}
