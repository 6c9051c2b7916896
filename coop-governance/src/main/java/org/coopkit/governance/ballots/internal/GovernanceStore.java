package org.coopkit.governance.ballots.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.BoardEntry;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;

/** Ballots, rolls, participation, the box, proxies and assemblies on JPA. Call inside a transaction. */
public final class GovernanceStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Transactions tx;

    public GovernanceStore(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

    // --- ballots ---------------------------------------------------------------------------

    public void addBallot(Ballot b, Instant at) {
        addBallot(b, at, null);
    }

    public void addBallot(Ballot b, Instant at, String decisionSubject) {
        BallotEntity e = new BallotEntity();
        e.decisionSubject = decisionSubject;
        e.openSubject = decisionSubject;
        e.id = b.id().toString();
        BallotSpec s = b.spec();
        e.question = s.question();
        e.options = write(s.options());
        e.method = s.method().name();
        e.seats = s.seats();
        e.majNum = s.majority().numerator();
        e.majDen = s.majority().denominator();
        e.majStrict = s.majority().strict() ? 1 : 0;
        e.majAbstentions = s.majority().abstentionsCast() ? 1 : 0;
        e.secrecy = s.secrecy().name();
        e.revoting = s.revoting() ? 1 : 0;
        e.opensAt = s.opensAt();
        e.closesAt = s.closesAt();
        e.category = s.category().orElse(null);
        e.decisionKind = s.decision().map(Decision::kind).orElse(null);
        e.decisionPayload = s.decision().map(Decision::payload).orElse(null);
        e.assemblyId = s.assembly().orElse(null);
        if (e.assemblyId != null) {
            e.agendaPosition = em().createQuery("select count(b) from BallotEntity b where b.assemblyId = :a", Long.class)
                    .setParameter("a", e.assemblyId).getSingleResult().intValue() + 1;
        }
        e.status = b.status().name();
        e.rollSize = b.rollSize();
        e.createdAt = at;
        em().persist(e);
        // a racing ballot on the same subject loses here, at uk_gov_ballots_open_subject, inside the creating work
        if (decisionSubject != null) em().flush();
    }

    public Optional<Ballot> ballot(BallotId id) {
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString())).map(GovernanceStore::toBallot);
    }

    /**
     * The ballot, share-locked until commit: votes cast at once do not wait for each other, but the
     * closing (which locks it for update) waits for them, and a vote that waited sees it closed.
     */
    public Optional<Ballot> ballotForVoting(BallotId id) {
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString(), LockModeType.PESSIMISTIC_READ)).map(GovernanceStore::toBallot);
    }

    public Optional<Ballot> lockBallot(BallotId id) {
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)).map(GovernanceStore::toBallot);
    }

    public List<Ballot> ballots() {
        return em().createQuery("select b from BallotEntity b order by b.opensAt desc, b.id", BallotEntity.class)
                .getResultStream().map(GovernanceStore::toBallot).toList();
    }

    /** A ballot on this decision subject that is in draft, open, or adopted — the first found. */
    public Optional<Ballot> blockingBallotOn(String subject) {
        return em().createQuery("select b from BallotEntity b where b.openSubject = :s order by b.createdAt",
                BallotEntity.class).setParameter("s", subject).setMaxResults(1).getResultStream().findFirst().map(GovernanceStore::toBallot);
    }

    /** Open ballots outside assemblies whose announced close has passed. */
    public List<BallotId> dueForClosing(Instant now) {
        return em().createQuery("select b.id from BallotEntity b where b.status = 'OPEN' and b.assemblyId is null and b.closesAt <= :now order by b.closesAt",
                String.class).setParameter("now", now).getResultStream().map(BallotId::of).toList();
    }

    public List<Ballot> ballotsOfAssembly(String assemblyId) {
        return em().createQuery("select b from BallotEntity b where b.assemblyId = :a order by b.agendaPosition", BallotEntity.class)
                .setParameter("a", assemblyId).getResultStream().map(GovernanceStore::toBallot).toList();
    }

    public void opened(BallotId id, Instant at, int rollSize) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        e.status = BallotStatus.OPEN.name();
        e.openedAt = at;
        e.rollSize = rollSize;
    }

    public void closed(BallotId id, Instant at, Optional<Boolean> adopted) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        e.status = BallotStatus.CLOSED.name();
        e.closedAt = at;
        e.adopted = adopted.map(a -> a ? 1 : 0).orElse(null);
        if (!adopted.orElse(false)) e.openSubject = null; // rejected: the subject may be put to the vote again
    }

    /** An adjourned assembly's resolution stays open until its second call. */
    public void extendClose(BallotId id, Instant closesAt) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        if (e.closesAt.isBefore(closesAt)) e.closesAt = closesAt;
    }

    /** An assembly that missed its quorum adopts nothing: its resolutions are recorded as not adopted. */
    public void notAdopted(BallotId id) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        if (e.adopted != null) e.adopted = 0;
        e.openSubject = null;
    }

    private static Ballot toBallot(BallotEntity e) {
        BallotSpec spec = new BallotSpec(e.question, read(e.options), Method.valueOf(e.method), e.seats,
                new MajorityRule(e.majNum, e.majDen, e.majStrict == 1, e.majAbstentions == 1), Secrecy.valueOf(e.secrecy), e.revoting == 1,
                e.opensAt, e.closesAt, Optional.ofNullable(e.category),
                e.decisionKind == null ? Optional.empty() : Optional.of(new Decision(e.decisionKind, e.decisionPayload)),
                Optional.ofNullable(e.assemblyId));
        return new Ballot(BallotId.of(e.id), spec, BallotStatus.valueOf(e.status), Optional.ofNullable(e.openedAt),
                Optional.ofNullable(e.closedAt), e.rollSize, Optional.ofNullable(e.adopted).map(a -> a == 1));
    }

    // --- roll ------------------------------------------------------------------------------

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

    public void putInBox(BallotId ballot, String code, List<String> choice, String college, String ownerTag) {
        BoxEntity b = new BoxEntity();
        b.ownerTag = ownerTag;
        b.trackingCode = code;
        b.ballotId = ballot.toString();
        b.choice = write(choice);
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
                .map(b -> new BoardEntry(b.seq == null ? 0 : b.seq, b.trackingCode, read(b.choice), b.college, b.prevHash, b.hash)).toList();
    }

    public void chain(BallotId ballot, String code, int seq, String prevHash, String hash) {
        BoxEntity b = em().find(BoxEntity.class, code);
        b.seq = seq;
        b.prevHash = prevHash;
        b.hash = hash;
        b.ownerTag = null; // closed: nothing lets anyone, key or not, link an entry to a voter any more
    }

    public record DecisionRow(BallotId ballot, String status, int attempts, Optional<String> failure, Instant at) {
    }

    /** Records that an adopted resolution's decision is due; false when it already was (once per ballot). */
    public boolean recordDecisionDue(BallotId ballot, Instant at) {
        if (em().find(DecisionAppliedEntity.class, ballot.toString()) != null) return false;
        DecisionAppliedEntity d = new DecisionAppliedEntity();
        d.ballotId = ballot.toString();
        d.appliedAt = at;
        d.status = "PENDING";
        d.attempts = 0;
        em().persist(d);
        em().flush();
        return true;
    }

    public Optional<DecisionRow> lockDecision(BallotId ballot) {
        return Optional.ofNullable(em().find(DecisionAppliedEntity.class, ballot.toString(), LockModeType.PESSIMISTIC_WRITE)).map(GovernanceStore::toDecision);
    }

    public Optional<DecisionRow> decision(BallotId ballot) {
        return Optional.ofNullable(em().find(DecisionAppliedEntity.class, ballot.toString())).map(GovernanceStore::toDecision);
    }

    public void decisionAttempted(BallotId ballot, String status, String failure, Instant at) {
        DecisionAppliedEntity d = em().find(DecisionAppliedEntity.class, ballot.toString());
        d.status = status;
        d.failure = failure == null ? null : failure.length() > 1000 ? failure.substring(0, 1000) : failure;
        d.attempts++;
        d.appliedAt = at;
    }

    private static DecisionRow toDecision(DecisionAppliedEntity d) {
        return new DecisionRow(BallotId.of(d.ballotId), d.status, d.attempts, Optional.ofNullable(d.failure), d.appliedAt);
    }

    // --- proxies ---------------------------------------------------------------------------

    public record ProxyRow(String id, BallotId ballot, MemberId grantor, MemberId holder, Instant givenAt, Optional<Instant> revokedAt,
                           Optional<String> revokedWhy, Optional<Instant> acceptedAt) {
        public boolean active() {
            return revokedAt.isEmpty();
        }
    }

    /** The holder accepted the mandate: only now may they vote with it. */
    public void acceptProxy(String id, Instant at) {
        ProxyEntity p = em().find(ProxyEntity.class, id);
        if (p.acceptedAt == null) p.acceptedAt = at;
    }

    /** Locks the proxy row (accepting, declining and revoking never overlap). */
    public Optional<ProxyRow> lockProxy(String id) {
        return Optional.ofNullable(em().find(ProxyEntity.class, id, LockModeType.PESSIMISTIC_WRITE)).map(GovernanceStore::toProxy);
    }

    public ProxyRow giveProxy(BallotId ballot, MemberId grantor, MemberId holder, Instant at) {
        ProxyEntity p = new ProxyEntity();
        p.id = UUID.randomUUID().toString();
        p.ballotId = ballot.toString();
        p.grantorId = grantor.toString();
        p.holderId = holder.toString();
        p.givenAt = at;
        em().persist(p);
        return toProxy(p);
    }

    public Optional<ProxyRow> activeProxyOf(BallotId ballot, MemberId grantor) {
        return em().createQuery("select p from ProxyEntity p where p.ballotId = :b and p.grantorId = :g and p.revokedAt is null", ProxyEntity.class)
                .setParameter("b", ballot.toString()).setParameter("g", grantor.toString()).getResultStream().findFirst().map(GovernanceStore::toProxy);
    }

    public long mandatesHeld(BallotId ballot, MemberId holder) {
        return em().createQuery("select count(p) from ProxyEntity p where p.ballotId = :b and p.holderId = :h and p.revokedAt is null", Long.class)
                .setParameter("b", ballot.toString()).setParameter("h", holder.toString()).getSingleResult();
    }

    public void revokeProxy(String id, Instant at, String why) {
        ProxyEntity p = em().find(ProxyEntity.class, id);
        if (p != null && p.revokedAt == null) {
            p.revokedAt = at;
            p.revokedWhy = why;
        }
    }

    public Optional<ProxyRow> proxy(String id) {
        return Optional.ofNullable(em().find(ProxyEntity.class, id)).map(GovernanceStore::toProxy);
    }

    public List<ProxyRow> proxies(Optional<BallotId> ballot) {
        var q = ballot.isPresent()
                ? em().createQuery("select p from ProxyEntity p where p.ballotId = :b order by p.givenAt, p.id", ProxyEntity.class).setParameter("b", ballot.get().toString())
                : em().createQuery("select p from ProxyEntity p order by p.givenAt, p.id", ProxyEntity.class);
        return q.getResultStream().map(GovernanceStore::toProxy).toList();
    }

    public List<ProxyRow> proxiesOf(MemberId member) {
        return em().createQuery("select p from ProxyEntity p where p.grantorId = :m or p.holderId = :m order by p.givenAt, p.id", ProxyEntity.class)
                .setParameter("m", member.toString()).getResultStream().map(GovernanceStore::toProxy).toList();
    }

    private static ProxyRow toProxy(ProxyEntity p) {
        return new ProxyRow(p.id, BallotId.of(p.ballotId), MemberId.of(p.grantorId), MemberId.of(p.holderId), p.givenAt,
                Optional.ofNullable(p.revokedAt), Optional.ofNullable(p.revokedWhy), Optional.ofNullable(p.acceptedAt));
    }

    // --- json ------------------------------------------------------------------------------

    static String write(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("corrupt list in the governance tables: " + json, e);
        }
    }
}
