package org.coopkit.governance.ballots.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;

/** Ballots and the once-per-ballot record of their decisions, on JPA. Call inside a transaction. */
public final class Ballots {
    private final Transactions tx;

    public Ballots(Transactions tx) {
        this.tx = tx;
    }

    private EntityManager em() {
        return tx.entityManager();
    }

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
        e.options = Json.write(s.options());
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
        e.assemblyId = s.assembly().map(AssemblyId::toString).orElse(null);
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
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString())).map(Ballots::toBallot);
    }

    /**
     * The ballot, share-locked until commit: votes cast at once do not wait for each other, but the
     * closing (which locks it for update) waits for them, and a vote that waited sees it closed.
     */
    public Optional<Ballot> ballotForVoting(BallotId id) {
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString(), LockModeType.PESSIMISTIC_READ)).map(Ballots::toBallot);
    }

    public Optional<Ballot> lockBallot(BallotId id) {
        return Optional.ofNullable(em().find(BallotEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)).map(Ballots::toBallot);
    }

    public List<Ballot> ballots() {
        return em().createQuery("select b from BallotEntity b order by b.opensAt desc, b.id", BallotEntity.class)
                .getResultStream().map(Ballots::toBallot).toList();
    }

    /** A ballot on this decision subject that is in draft, open, or adopted — the first found. */
    public Optional<Ballot> blockingBallotOn(String subject) {
        return em().createQuery("select b from BallotEntity b where b.openSubject = :s order by b.createdAt",
                BallotEntity.class).setParameter("s", subject).setMaxResults(1).getResultStream().findFirst().map(Ballots::toBallot);
    }

    /** Open ballots outside assemblies whose announced close has passed. */
    public List<BallotId> dueForClosing(Instant now) {
        return em().createQuery("select b.id from BallotEntity b where b.status = 'OPEN' and b.assemblyId is null and b.closesAt <= :now order by b.closesAt",
                String.class).setParameter("now", now).getResultStream().map(BallotId::of).toList();
    }

    public List<Ballot> ballotsOfAssembly(AssemblyId assemblyId) {
        return em().createQuery("select b from BallotEntity b where b.assemblyId = :a order by b.agendaPosition", BallotEntity.class)
                .setParameter("a", assemblyId.toString()).getResultStream().map(Ballots::toBallot).toList();
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

    /**
     * Seals the board built at close: its length and last hash, so that a verification later notices entries
     * removed from its end (every remaining link would still hold).
     *
     * @param id     the ballot
     * @param length how many entries the board has
     * @param head   the last entry's hash ({@code Hashes.GENESIS} for an empty board)
     */
    public void sealBoard(BallotId id, long length, String head) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        e.boardLength = length;
        e.boardHead = head;
    }

    /**
     * The board's head as sealed at close.
     *
     * @param id the ballot
     * @return its length and last hash; empty before the close (and for ballots closed before heads were kept)
     */
    public Optional<BoardHead> boardHead(BallotId id) {
        BallotEntity e = em().find(BallotEntity.class, id.toString());
        return e == null || e.boardLength == null ? Optional.empty() : Optional.of(new BoardHead(e.boardLength, e.boardHead));
    }

    /**
     * A sealed board's head.
     *
     * @param length how many entries
     * @param hash   the last entry's hash
     */
    public record BoardHead(long length, String hash) { }

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
        BallotSpec spec = new BallotSpec(e.question, Json.read(e.options), Method.valueOf(e.method), e.seats,
                new MajorityRule(e.majNum, e.majDen, e.majStrict == 1, e.majAbstentions == 1), Secrecy.valueOf(e.secrecy), e.revoting == 1,
                e.opensAt, e.closesAt, Optional.ofNullable(e.category),
                e.decisionKind == null ? Optional.empty() : Optional.of(new Decision(e.decisionKind, e.decisionPayload)),
                Optional.ofNullable(e.assemblyId).map(AssemblyId::of));
        return new Ballot(BallotId.of(e.id), spec, BallotStatus.valueOf(e.status), Optional.ofNullable(e.openedAt),
                Optional.ofNullable(e.closedAt), e.rollSize, Optional.ofNullable(e.adopted).map(a -> a == 1));
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
        return Optional.ofNullable(em().find(DecisionAppliedEntity.class, ballot.toString(), LockModeType.PESSIMISTIC_WRITE)).map(Ballots::toDecision);
    }

    public Optional<DecisionRow> decision(BallotId ballot) {
        return Optional.ofNullable(em().find(DecisionAppliedEntity.class, ballot.toString())).map(Ballots::toDecision);
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
}
