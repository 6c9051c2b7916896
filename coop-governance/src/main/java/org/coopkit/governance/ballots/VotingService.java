package org.coopkit.governance.ballots;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.ballots.internal.GovernanceStore;
import org.coopkit.governance.ballots.internal.GovernanceStore.RollRow;

/**
 * Ballots from draft to board: the board creates, opens (freezing the electoral roll: members in
 * status MEMBER at that moment, optionally of one category) and closes; members vote.
 *
 * <p>One member, one vote: the voter's roll row is locked for the vote, and a unique constraint on
 * (ballot, member) in {@code gov_participation} refuses a second participation even from a racing
 * request. The ballot box holds choices under random tracking codes and no member id; who voted is
 * in the participation table, what was chosen in the box, and nothing joins them for a secret
 * ballot. Where revoting is allowed, a secret vote is replaced by giving the tracking code of the
 * previous one (only the voter has it); an open ballot keeps the voter's code and replaces it
 * directly. Voting in person revokes a proxy the voter had given.
 *
 * <p>At close the box is ordered by tracking code (which says nothing about who or when), chained
 * with SHA-256 and published as the ballot board; the official result is computed from the board, so
 * anyone can recount it, and {@link #verifyBoard} finds a choice edited afterwards. A yes/no
 * resolution that is adopted and carries a decision has it applied once, in the closing
 * transaction (unless it is on an assembly's agenda: the assembly applies it when quorum is met).
 */
public final class VotingService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions tx;
    private final GovernanceStore store;
    private final Members members;
    private final CoopStatutes statutes;
    private final DecisionHandlers decisions;
    private final AuditLog audit;
    private final Clock clock;

    public VotingService(Transactions tx, GovernanceStore store, Members members, CoopStatutes statutes, DecisionHandlers decisions,
                         AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.members = members;
        this.statutes = statutes;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    public Ballot create(Actor actor, BallotSpec spec) {
        actor.require(Role.BOARD);
        Ballot.validate(spec);
        spec.decision().ifPresent(d -> {
            if (!decisions.knows(d.kind())) throw new org.coopkit.core.decisions.UnknownDecisionKind(d.kind());
        });
        Ballot b = new Ballot(BallotId.random(), spec, BallotStatus.DRAFT, Optional.empty(), Optional.empty(), 0, Optional.empty());
        return tx.inTransaction(() -> {
            store.addBallot(b, clock.instant());
            audit.record(actor, "gov.ballot-created", b.id().toString(), spec.question());
            return b;
        });
    }

    /**
     * Creates the ballot and opens it at once, in one transaction: a failure while opening leaves no
     * draft behind that nobody asked for.
     */
    public Ballot createAndOpen(Actor actor, BallotSpec spec) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> open(actor, create(actor, spec).id()));
    }

    /** Opens the ballot and freezes its electoral roll. */
    public Ballot open(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Ballot b = store.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.DRAFT) throw new IllegalBallotTransition("ballot " + id + " is " + b.status() + " and cannot be opened");
            int n = 0;
            for (Member m : members.inStatus(MemberStatus.MEMBER)) {
                if (b.spec().category().isPresent() && !b.spec().category().get().equals(m.category())) continue;
                store.addToRoll(id, m.id(), statutes.collegeOf(m.category()).map(c -> c.code()).orElse(null));
                n++;
            }
            store.opened(id, clock.instant(), n);
            audit.record(actor, "gov.ballot-opened", id.toString(), "roll of " + n);
            return store.ballot(id).orElseThrow();
        });
    }

    /** Casts the actor's vote, or — with {@code onBehalfOf} — the vote of a member whose proxy the actor holds. */
    public Receipt castVote(Actor actor, BallotId id, List<String> choice, Optional<MemberId> onBehalfOf, Optional<String> previousReceipt) {
        actor.require(Role.MEMBER);
        MemberId self = actor.requireMemberId();
        MemberId voter = onBehalfOf.orElse(self);
        try {
            return tx.inTransaction(() -> {
                // share lock: a vote and the closing never overlap, so no vote lands in the box after its board is chained
                Ballot b = store.ballotForVoting(id).orElseThrow(() -> new BallotNotFound(id));
                Instant now = clock.instant();
                if (!b.isOpenAt(now)) {
                    throw new BallotNotOpen("ballot " + id + " is " + (b.status() == BallotStatus.OPEN
                            ? (now.isBefore(b.spec().opensAt()) ? "not open yet (opens " + b.spec().opensAt() + ")" : "closed since " + b.spec().closesAt())
                            : b.status()) + ": no vote can be cast");
                }
                RollRow row = store.onRoll(id, voter, true).orElseThrow(() -> new NotOnRoll(onBehalfOf.isPresent() ? "the member you vote for" : "you"));
                Member m = members.find(voter).orElseThrow(() -> new NotOnRoll("member " + voter));
                if (m.status() != MemberStatus.MEMBER) throw new NotOnRoll("a " + m.status().name().toLowerCase() + " member");
                if (onBehalfOf.isPresent()) {
                    var proxy = store.activeProxyOf(id, voter).filter(p -> p.holder().equals(self));
                    if (proxy.isEmpty()) throw new AccessDenied(actor, "you hold no proxy from this member for this ballot");
                } else {
                    store.activeProxyOf(id, voter).ifPresent(p -> store.revokeProxy(p.id(), now, "voted in person"));
                }
                List<String> valid = b.validChoice(choice);
                String code = newTrackingCode();
                if (store.hasVoted(id, voter)) {
                    if (!b.spec().revoting()) throw new AlreadyVoted(onBehalfOf.isPresent() ? "this member" : "you");
                    replacePrevious(b, voter, previousReceipt);
                } else {
                    store.participate(id, voter, self, now);
                }
                store.putInBox(id, code, valid, row.college());
                if (b.spec().secrecy() == Secrecy.OPEN) store.recordOpenVote(id, code, voter);
                audit.record(actor, "gov.voted", id.toString(), onBehalfOf.map(g -> "by proxy").orElse("in person"));
                return new Receipt(id, code);
            });
        } catch (RuntimeException e) {
            if (Constraints.isViolation(e, "uk_gov_participation")) throw new AlreadyVoted(onBehalfOf.isPresent() ? "this member" : "you");
            throw e;
        }
    }

    public Receipt castVote(Actor actor, BallotId id, List<String> choice) {
        return castVote(actor, id, choice, Optional.empty(), Optional.empty());
    }

    private void replacePrevious(Ballot b, MemberId voter, Optional<String> previousReceipt) {
        if (b.spec().secrecy() == Secrecy.OPEN) {
            String old = store.openVoteCode(b.id(), voter).orElseThrow();
            store.removeFromBox(b.id(), old);
            store.forgetOpenVote(old);
            return;
        }
        String old = previousReceipt.orElseThrow(() -> new AlreadyVoted("you (to change a secret vote, give the tracking code of your previous vote)"));
        if (!store.removeFromBox(b.id(), old.strip())) throw new InvalidChoice("no vote in this ballot has the tracking code " + old);
    }

    /** Closes the ballot: publishes the board, counts, and applies an adopted resolution's decision once. */
    public BallotResult close(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Ballot b = store.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.OPEN) throw new IllegalBallotTransition("ballot " + id + " is " + b.status() + " and cannot be closed");
            List<BoardEntry> box = new ArrayList<>(store.box(id));
            box.sort(Comparator.comparing(BoardEntry::trackingCode));
            String prev = Hashes.GENESIS;
            List<BoardEntry> board = new ArrayList<>();
            for (int i = 0; i < box.size(); i++) {
                BoardEntry e = box.get(i);
                BoardEntry unsigned = new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, null);
                String hash = Hashes.chain(prev, unsigned.canonical());
                store.chain(id, e.trackingCode(), i + 1, prev, hash);
                board.add(new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, hash));
                prev = hash;
            }
            BallotResult result = Results.compute(b, board, statutes);
            store.closed(id, clock.instant(), result.adopted());
            audit.record(actor, "gov.ballot-closed", id.toString(), "board head " + prev);
            if (b.spec().assembly().isEmpty() && result.adopted().orElse(false)) applyDecision(b);
            return result;
        });
    }

    /** Applies the ballot's decision, once (the applied row's primary key guards it). Joins the caller's transaction. */
    public void applyDecision(Ballot b) {
        tx.run(() -> {
            if (b.spec().decision().isEmpty() || store.decisionApplied(b.id())) return;
            store.markDecisionApplied(b.id(), clock.instant());
            decisions.apply(b.id().toString(), b.spec().decision().get());
            audit.record(Actor.system(), "gov.decision-applied", b.id().toString(), b.spec().decision().get().kind());
        });
    }

    public Ballot get(BallotId id) {
        return tx.inTransaction(() -> store.ballot(id).orElseThrow(() -> new BallotNotFound(id)));
    }

    public List<Ballot> all() {
        return tx.inTransaction(store::ballots);
    }

    /** The result, once closed — hidden from everyone, the board included, before. */
    public BallotResult results(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = store.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return Results.compute(b, store.box(id), statutes);
        });
    }

    /** The public ballot board, once closed: every (tracking code, choice) in the hash chain. */
    public List<BoardEntry> board(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = store.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return store.box(id);
        });
    }

    /** Recomputes the board's chain; the first entry whose hash does not hold is reported. */
    public BoardVerification verifyBoard(BallotId id) {
        List<BoardEntry> board = board(id);
        String prev = Hashes.GENESIS;
        for (int i = 0; i < board.size(); i++) {
            BoardEntry e = board.get(i);
            if (e.seq() != i + 1 || !prev.equals(e.previousHash()) || !Hashes.chain(prev, e.canonical()).equals(e.hash())) {
                return new BoardVerification(i, OptionalInt.of(i + 1));
            }
            prev = e.hash();
        }
        return new BoardVerification(board.size(), OptionalInt.empty());
    }

    /** How many on the roll have voted — no result (board). */
    public Turnout turnout(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Ballot b = store.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            return new Turnout(id, b.rollSize(), store.participants(id));
        });
    }

    /** Whether the actor has voted, and is on the roll (for their own page). */
    public VoterStatus statusOf(Actor actor, BallotId id) {
        MemberId me = actor.requireMemberId();
        return tx.inTransaction(() -> new VoterStatus(store.onRoll(id, me, false).isPresent(), store.hasVoted(id, me)));
    }

    public record Turnout(BallotId ballot, int roll, long voted) {
    }

    public record VoterStatus(boolean onRoll, boolean voted) {
    }

    static String newTrackingCode() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().withUpperCase().formatHex(b);
        return String.join("-", hex.substring(0, 5), hex.substring(5, 10), hex.substring(10, 15), hex.substring(15, 20));
    }
}
