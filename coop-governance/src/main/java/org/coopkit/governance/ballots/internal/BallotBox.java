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
import org.coopkit.governance.ballots.BoardEntry;

/** The ballot box: choices under tracking codes, the open-vote link, the hash chain once closed. Call inside a transaction. */
public final class BallotBox {
    private final Transactions tx;

    public BallotBox(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    public void putInBox(BallotId ballot, String code, List<String> choice, String college, String ownerTag) {
        BoxEntity b = new BoxEntity();
        b.ownerTag = ownerTag;
        b.trackingCode = code;
        b.ballotId = ballot.toString();
        b.choice = Json.write(choice);
        b.college = college;
        em().persist(b);
    }

    /** The owner tag of a box entry of this ballot, locked for replacement; empty when the code is not in this ballot's box. */
    public Optional<String> lockOwnerTag(BallotId ballot, String code) {
        BoxEntity b = em().find(BoxEntity.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (b == null || !b.ballotId.equals(ballot.toString())) return Optional.empty();
        return Optional.of(b.ownerTag == null ? "" : b.ownerTag);
    }

    public boolean removeFromBox(BallotId ballot, String code) {
        BoxEntity b = em().find(BoxEntity.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (b == null || !b.ballotId.equals(ballot.toString())) return false;
        em().remove(b);
        return true;
    }

    public void recordOpenVote(BallotId ballot, String code, MemberId member) {
        OpenVoteEntity o = new OpenVoteEntity();
        o.trackingCode = code;
        o.ballotId = ballot.toString();
        o.memberId = member.toString();
        em().persist(o);
    }

    public Optional<String> openVoteCode(BallotId ballot, MemberId member) {
        return em().createQuery("select o.trackingCode from OpenVoteEntity o where o.ballotId = :b and o.memberId = :m", String.class)
                .setParameter("b", ballot.toString()).setParameter("m", member.toString()).getResultStream().findFirst();
    }

    public void forgetOpenVote(String code) {
        OpenVoteEntity o = em().find(OpenVoteEntity.class, code);
        if (o != null) em().remove(o);
    }

    public Optional<MemberId> openVoter(String code) {
        return Optional.ofNullable(em().find(OpenVoteEntity.class, code)).map(o -> MemberId.of(o.memberId));
    }

    /** Box rows in board order: by seq once closed; by tracking code before (which reveals nothing about time). */
    public List<BoardEntry> box(BallotId ballot) {
        return em().createQuery("select b from BoxEntity b where b.ballotId = :b order by b.seq, b.trackingCode", BoxEntity.class)
                .setParameter("b", ballot.toString()).getResultStream()
                .map(b -> new BoardEntry(b.seq == null ? 0 : b.seq, b.trackingCode, Json.read(b.choice), b.college, b.prevHash, b.hash)).toList();
    }

    public void chain(BallotId ballot, String code, int seq, String prevHash, String hash) {
        BoxEntity b = em().find(BoxEntity.class, code);
        b.seq = seq;
        b.prevHash = prevHash;
        b.hash = hash;
        b.ownerTag = null; // closed: nothing lets anyone, key or not, link an entry to a voter any more
    }
}
