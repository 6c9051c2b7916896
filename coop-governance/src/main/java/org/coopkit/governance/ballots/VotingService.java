package org.coopkit.governance.ballots;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.ballots.internal.DecisionRunner;
import org.coopkit.governance.ballots.internal.BallotBox;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;
import org.coopkit.governance.ballots.internal.Rolls.RollRow;
import org.coopkit.governance.proxies.Mandates;
import org.coopkit.governance.ballots.internal.VoteRequests;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.requests.RequestIdReused;

/**
 * Ballots from draft to board: the board creates, opens (freezing the electoral roll: members in
 * status MEMBER at that moment, optionally of one category) and closes; members vote.
 *
 * <p>One member, one vote: the voter's roll row is locked for the vote, and a unique constraint on
 * (ballot, member) in {@code gov_participation} refuses a second participation even from a racing
 * request. The ballot box holds choices under random tracking codes and no member id; who voted is
 * in the participation table, what was chosen in the box, and nothing joins them for a secret
 * ballot. Where revoting is allowed, a secret vote is replaced by giving the tracking code of the
 * previous one, and only the voter's own entry can be replaced (its owner tag, an HMAC of ballot and
 * member under the {@link BallotBoxKey}, must match; docs/secret-revoting.md); an open ballot keeps the voter's code and replaces it
 * directly. Voting in person revokes a proxy the voter had given.
 *
 * <p>At close the box is ordered by tracking code (which says nothing about who or when), chained
 * with SHA-256 and published as the ballot board; the official result is computed from the board, so
 * anyone can recount it, and {@link #verifyBoard} finds a choice edited afterwards. A yes/no
 * resolution that is adopted and carries a decision has it applied once, right after the closing
 * transaction (unless it is on an assembly's agenda: the assembly applies it when quorum is met).
 */
public final class VotingService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Transactions tx;
    private final Ballots ballots;
    private final Rolls rolls;
    private final BallotBox ballotBox;
    private final Mandates mandates;
    private final Members members;
    private final CoopStatutes statutes;
    private final DecisionHandlers decisions;
    private final AuditLog audit;
    private final Clock clock;
    private final BallotBoxKey boxKey;
    private final DecisionRunner runner;
    private final VoteRequests voteRequests;

    private final GovernanceRules rules;

    private final Optional<BallotMailer> mailer;

    /**
     * Wiring for {@link org.coopkit.governance.GovernanceModule}, which builds it: embedding apps take it from
     * {@code GovernanceModule.voting()}.
     *
     * @param tx the module's transactions
     * @param members core's member registry (the electoral roll is frozen from it)
     * @param statutes the statutes (colleges and their weights)
     * @param decisions where an adopted ballot's decision is checked and applied
     * @param audit the audit log
     * @param clock the clock ballots open and close by
     * @param boxKey the key that tags a secret vote's owner, for revoting
     * @param rules the statutes' governance rules (minimum voting period, early close)
     */
    public VotingService(Transactions tx, Members members, CoopStatutes statutes, DecisionHandlers decisions,
                         AuditLog audit, Clock clock, BallotBoxKey boxKey, GovernanceRules rules) {
        this(tx, members, statutes, decisions, audit, clock, boxKey, rules, Optional.empty());
    }

    /**
     * With governance's mail: opening a ballot queues an invitation to each member on its roll.
     *
     * @param tx the module's transactions
     * @param members core's member registry (the electoral roll is frozen from it)
     * @param statutes the statutes (colleges and their weights)
     * @param decisions where an adopted ballot's decision is checked and applied
     * @param audit the audit log
     * @param clock the clock ballots open and close by
     * @param boxKey the key that tags a secret vote's owner, for revoting
     * @param rules the statutes' governance rules (minimum voting period, early close)
     * @param mailer invitations, reminders and receipts by e-mail, when the application sends mail
     */
    public VotingService(Transactions tx, Members members, CoopStatutes statutes, DecisionHandlers decisions,
                         AuditLog audit, Clock clock, BallotBoxKey boxKey, GovernanceRules rules, Optional<BallotMailer> mailer) {
        this.mailer = mailer;
        this.boxKey = boxKey;
        this.rules = rules;
        this.runner = new DecisionRunner(tx, new Ballots(tx), decisions, audit, clock);
        this.voteRequests = new VoteRequests(tx);
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.ballotBox = new BallotBox(tx);
        this.mandates = new Mandates(tx);
        this.members = members;
        this.statutes = statutes;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a ballot as a draft (the BOARD only). Refused when the spec is invalid, when a ballot of its own
     * runs shorter than the statutes' minimum voting period, when its decision cannot be applied, or when
     * another ballot on the same decision subject is open or adopted.
     *
     * @param actor the board
     * @param spec the question, options, method, dates and optional decision
     * @return the draft ballot
     */
    public Ballot create(Actor actor, BallotSpec spec) {
        actor.require(Role.BOARD);
        Ballot.validate(spec);
        // an assembly's resolutions are voted at the meeting; a ballot of its own runs the statutes' minimum
        if (spec.assembly().isEmpty() && Duration.between(spec.opensAt(), spec.closesAt()).compareTo(rules.minimumVotingPeriod()) < 0) {
            throw new InvalidInput("closesAt", "must be at least " + describe(rules.minimumVotingPeriod())
                    + " after opensAt (the statutes' minimum voting period)");
        }
        spec.decision().ifPresent(decisions::check); // a member never votes on a decision that cannot be applied
        Ballot b = new Ballot(BallotId.random(), spec, BallotStatus.DRAFT, Optional.empty(), Optional.empty(), 0, Optional.empty());
        String subject = spec.decision().map(decisions::subjectOf).map(x -> x.length() > 300 ? x.substring(0, 300) : x).orElse(null);
        try {
            return tx.inTransaction(() -> {
                if (subject != null) ballots.blockingBallotOn(subject).ifPresent(other -> {
                    throw subjectTaken(subject, other);
                });
                ballots.addBallot(b, clock.instant(), subject);
                audit.record(actor, "gov.ballot-created", b.id().toString(), spec.question());
                return b;
            });
        } catch (RuntimeException e) {
            // a board creating the same subject at the same instant: the unique key on the open subject decides
            if (subject == null || !Constraints.isViolation(e, "uk_gov_ballots_open_subject")) throw e;
            throw new SubjectAlreadyOnBallot(subject); // the loser's transaction is spoilt: no look-up of the winner here
        }
    }

    private static SubjectAlreadyOnBallot subjectTaken(String subject, Ballot other) {
        return new SubjectAlreadyOnBallot(subject, other.id(), other.status() == BallotStatus.CLOSED ? "adopted" : other.status().name().toLowerCase());
    }

    /**
     * Creates the ballot and opens it at once, in one transaction: a failure while opening leaves no
     * draft behind that nobody asked for.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param spec what is put to the vote
     * @return the ballot, open, with its roll frozen
     */
    public Ballot createAndOpen(Actor actor, BallotSpec spec) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> open(actor, create(actor, spec).id()));
    }

    /**
     * Opens the ballot and freezes its electoral roll.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the draft ballot
     * @return the ballot, open, with its roll size
     * @throws BallotNotFound if no ballot has that id
     * @throws IllegalBallotTransition if the ballot is not a draft
     */
    public Ballot open(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Ballot b = ballots.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.DRAFT) throw new IllegalBallotTransition("ballot " + id + " is " + b.status() + " and cannot be opened");
            List<Member> roll = new ArrayList<>();
            for (Member m : members.inStatus(MemberStatus.MEMBER)) {
                if (b.spec().category().isPresent() && !b.spec().category().get().equals(m.category())) continue;
                rolls.addToRoll(id, m.id(), statutes.collegeOf(m.category()).map(c -> c.code()).orElse(null));
                roll.add(m);
            }
            int n = roll.size();
            ballots.opened(id, clock.instant(), n);
            audit.record(actor, "gov.ballot-opened", id.toString(), "roll of " + n);
            Ballot opened = ballots.ballot(id).orElseThrow();
            mailer.ifPresent(m -> m.invite(opened, roll)); // queued with the opening, sent after commit
            return opened;
        });
    }

    /**
     * Casts the actor's vote, or — with {@code onBehalfOf} — the vote of a member whose proxy the actor holds.
     *
     * @param actor the voter: a MEMBER on the roll, or the holder of an accepted proxy
     * @param id the ballot
     * @param choice the chosen option(s), as the ballot's method expects them
     * @param onBehalfOf the grantor whose proxy the actor holds; empty to vote in person
     * @param previousReceipt the tracking code of the voter's previous vote, to change a secret vote where revoting is allowed
     * @return the receipt with the tracking code to find on the board after the close
     */
    public Receipt castVote(Actor actor, BallotId id, List<String> choice, Optional<MemberId> onBehalfOf, Optional<String> previousReceipt) {
        return castVote(actor, id, choice, onBehalfOf, previousReceipt, Optional.empty());
    }

    /**
     * Casts a vote under the client's request id: a retry with the same id and the same content (after a
     * failover, a lost answer) is answered with the first request's receipt and changes nothing; the same
     * id with other content is refused ({@link RequestIdReused}, 422). The id is stored in the vote's
     * transaction under a primary key, so of racing retries exactly one votes, and it is stored so that it
     * links no voter to a choice ({@link VoteRequests}; docs/reliability.md).
     *
     * @param actor the voter: a MEMBER on the roll, or the holder of an accepted proxy
     * @param id the ballot
     * @param choice the chosen option(s), as the ballot's method expects them
     * @param onBehalfOf the grantor whose proxy the actor holds; empty to vote in person
     * @param previousReceipt the tracking code of the voter's previous vote, to change a secret vote where revoting is allowed
     * @param requestId the client's idempotency key; empty for none
     * @return the receipt (the first request's, for a retry)
     * @throws BallotNotFound if no ballot has that id
     * @throws BallotNotOpen if the ballot is not open at this instant
     * @throws NotOnRoll if the voter is not on the roll or no longer a member
     * @throws ProxyRefused if the proxy used is not accepted yet
     * @throws AlreadyVoted if the voter has voted and the ballot allows no revoting
     * @throws NotYourPreviousVote if the quoted previous tracking code is not the voter's own
     * @throws RequestIdReused if the request id was used with other content
     */
    public Receipt castVote(Actor actor, BallotId id, List<String> choice, Optional<MemberId> onBehalfOf, Optional<String> previousReceipt,
                            Optional<RequestId> requestId) {
        actor.require(Role.MEMBER);
        MemberId self = actor.requireMemberId();
        MemberId voter = onBehalfOf.orElse(self);
        String fingerprint = requestId.map(r -> VoteRequests.fingerprint(id, self, r, choice == null ? "-" : String.join("\u001f", choice),
                onBehalfOf.map(MemberId::toString).orElse("-"), previousReceipt.map(Receipt::canonicalCode).orElse("-"))).orElse(null);
        try {
            return tx.inTransaction(() -> {
                // share lock: a vote and the closing never overlap, so no vote lands in the box after its board is chained
                Ballot b = ballots.ballotForVoting(id).orElseThrow(() -> new BallotNotFound(id));
                Instant now = clock.instant();
                if (!b.isOpenAt(now)) {
                    throw new BallotNotOpen("ballot " + id + " is " + (b.status() == BallotStatus.OPEN
                            ? (now.isBefore(b.spec().opensAt()) ? "not open yet (opens " + b.spec().opensAt() + ")" : "closed since " + b.spec().closesAt())
                            : b.status()) + ": no vote can be cast");
                }
                RollRow row = rolls.onRoll(id, voter, true).orElseThrow(() -> new NotOnRoll(onBehalfOf.isPresent() ? "the member you vote for" : "you"));
                if (requestId.isPresent()) {
                    // after the voter's roll lock: a racing retry of this request waited for it and now sees its row
                    Optional<Receipt> done = replay(id, self, requestId.get(), fingerprint);
                    if (done.isPresent()) return done.get();
                }
                Member m = members.find(voter).orElseThrow(() -> new NotOnRoll("member " + voter));
                if (m.status() != MemberStatus.MEMBER) throw new NotOnRoll("a " + m.status().name().toLowerCase() + " member");
                if (onBehalfOf.isPresent()) {
                    var proxy = mandates.activeOf(id, voter).filter(p -> p.holder().equals(self));
                    if (proxy.isEmpty()) throw new AccessDenied(actor, "you hold no proxy from this member for this ballot");
                    if (proxy.get().acceptedAt().isEmpty()) throw new ProxyRefused("accept the mandate first: a mandate is used only once its holder accepted it");
                } else {
                    mandates.revokeOnVoteInPerson(id, voter, now);
                }
                List<String> valid = b.validChoice(choice);
                String code = newTrackingCode();
                if (b.spec().revoting() && rolls.hasVoted(id, voter)) {
                    replacePrevious(b, voter, previousReceipt, onBehalfOf.isPresent());
                } else {
                    // without revoting, no look-up first: uk_gov_participation refuses a second vote (AlreadyVoted, below)
                    rolls.participate(id, voter, self, now);
                }
                boolean secretRevoting = b.spec().secrecy() == Secrecy.SECRET && b.spec().revoting();
                ballotBox.putInBox(id, code, valid, row.college(), secretRevoting ? boxKey.tag(id, voter) : null);
                if (b.spec().secrecy() == Secrecy.OPEN) ballotBox.recordOpenVote(id, code, voter);
                requestId.ifPresent(r -> voteRequests.add(id, self, r, fingerprint, code));
                audit.record(actor, "gov.voted", id.toString(), onBehalfOf.map(g -> "by proxy").orElse("in person"));
                return new Receipt(id, code);
            });
        } catch (RuntimeException e) {
            if (requestId.isPresent()) {
                // a racing retry of this very request may have won (the roll, the primary key, a certification conflict)
                Optional<Receipt> done = tx.inTransaction(() -> replay(id, self, requestId.get(), fingerprint));
                if (done.isPresent()) return done.get();
            }
            if (Constraints.isViolation(e, "uk_gov_participation")) throw new AlreadyVoted(onBehalfOf.isPresent() ? "this member" : "you");
            throw e;
        }
    }

    private Optional<Receipt> replay(BallotId id, MemberId sender, RequestId requestId, String fingerprint) {
        return voteRequests.find(id, sender, requestId).map(recorded -> {
            if (!recorded.fingerprint().equals(fingerprint)) throw new RequestIdReused("vote");
            return new Receipt(id, recorded.trackingCode());
        });
    }

    /**
     * Casts the actor's own first vote (a MEMBER on the ballot's roll, while it is open).
     *
     * @param actor the voter
     * @param id the ballot
     * @param choice the chosen option(s), as the ballot's method expects them
     * @return the receipt with the tracking code to find on the board after the close
     */
    public Receipt castVote(Actor actor, BallotId id, List<String> choice) {
        return castVote(actor, id, choice, Optional.empty(), Optional.empty());
    }

    /**
     * Replaces the voter's previous vote. On a secret ballot the quoted tracking code must be the voter's
     * own: its box entry's owner tag must be the one {@link BallotBoxKey} computes for (ballot, voter) —
     * another member's code, a code of another ballot and an unknown code are refused alike.
     * {@code voter} is the member whose vote this is: the holder under a mandate replaces the grantor's
     * vote only through the mandate, and a member voting in person only their own.
     */
    private void replacePrevious(Ballot b, MemberId voter, Optional<String> previousReceipt, boolean byProxy) {
        if (b.spec().secrecy() == Secrecy.OPEN) {
            String old = ballotBox.openVoteCode(b.id(), voter).orElseThrow();
            ballotBox.removeFromBox(b.id(), old);
            ballotBox.forgetOpenVote(old);
            return;
        }
        String old = Receipt.canonicalCode(previousReceipt.orElseThrow(() -> new AlreadyVoted(
                (byProxy ? "this member" : "you") + " (to change a secret vote, give the tracking code of your previous vote)")));
        String tag = ballotBox.lockOwnerTag(b.id(), old).orElseThrow(() -> new NotYourPreviousVote(old));
        if (!BallotBoxKey.same(tag, boxKey.tag(b.id(), voter))) throw new NotYourPreviousVote(old);
        ballotBox.removeFromBox(b.id(), old);
    }

    /**
     * Closes the ballot: publishes the board and counts, in one transaction; an adopted resolution's
     * decision is then applied once, in a transaction of its own (a handler that fails leaves the
     * close and its result in place and the decision FAILED with the reason: {@link #decision}, {@link #retryDecision}).
     * A rejected resolution's decision is never applied; an assembly's resolutions wait for the assembly.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the open ballot
     * @return the result, with the board published
     * @throws BallotNotFound if no ballot has that id
     * @throws IllegalBallotTransition if the ballot is not open
     * @throws EarlyCloseRefused if its announced close has not passed, or it is on an assembly's agenda
     */
    public BallotResult close(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return closing(actor, id, Closing.AT_DEADLINE, null);
    }

    /**
     * Closes the ballot before its announced close: the board states why and confirms (the page's
     * second step; {@code confirmed} in the API). Refused where the statutes forbid early closing.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the open ballot
     * @param reason why it closes early: 10 to 500 characters
     * @param confirmed whether the board confirmed the early close
     * @return the result, with the board published
     * @throws BallotNotFound if no ballot has that id
     * @throws IllegalBallotTransition if the ballot is not open
     * @throws EarlyCloseRefused if the statutes forbid it, the reason or confirmation is missing, or it is on an assembly's agenda
     */
    public BallotResult closeEarly(Actor actor, BallotId id, String reason, boolean confirmed) {
        actor.require(Role.BOARD);
        return closing(actor, id, Closing.EARLY, new String[] {reason, Boolean.toString(confirmed)});
    }

    /**
     * For the assembly service: closes a resolution of an assembly's agenda as the assembly closes (nothing else).
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id an open resolution on an assembly's agenda
     * @return the result, with the board published
     * @throws IllegalBallotTransition if the ballot is not open or on no assembly's agenda
     */
    public BallotResult closeWithAssembly(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return closing(actor, id, Closing.WITH_ASSEMBLY, null);
    }

    /**
     * Closes every open ballot (outside assemblies) whose announced close has passed, as the system:
     * a forgotten ballot still closes. Run by the application's scheduler ({@link DeadlineCloser}).
     *
     * @return the results of the ballots closed by this run
     */
    public List<BallotResult> closeDue() {
        List<BallotResult> closed = new ArrayList<>();
        for (BallotId id : tx.inTransaction(() -> ballots.dueForClosing(clock.instant()))) {
            try {
                closed.add(closing(Actor.system(), id, Closing.AT_DEADLINE, null));
            } catch (IllegalBallotTransition raced) {
                // closed meanwhile by the board: nothing to do
            }
        }
        return closed;
    }

    private enum Closing { AT_DEADLINE, EARLY, WITH_ASSEMBLY }

    private BallotResult closing(Actor actor, BallotId id, Closing how, String[] early) {
        boolean[] due = new boolean[1];
        BallotResult result = tx.inTransaction(() -> {
            Ballot b = ballots.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.OPEN) throw new IllegalBallotTransition("ballot " + id + " is " + b.status() + " and cannot be closed");
            Instant now = clock.instant();
            String why = "at its announced close";
            if (how == Closing.WITH_ASSEMBLY) {
                if (b.spec().assembly().isEmpty()) throw new IllegalBallotTransition("ballot " + id + " is on no assembly's agenda");
                why = "with its general assembly";
            } else {
                if (b.spec().assembly().isPresent()) throw EarlyCloseRefused.onAgenda(id);
                if (now.isBefore(b.spec().closesAt())) {
                    if (rules.earlyClose() == GovernanceRules.EarlyClose.FORBIDDEN) throw EarlyCloseRefused.forbidden(id, b.spec().closesAt());
                    String reason = early == null || early[0] == null ? "" : early[0].strip();
                    if (how != Closing.EARLY || reason.length() < 10 || reason.length() > 500 || !Boolean.parseBoolean(early[1])) {
                        throw EarlyCloseRefused.needsReason(id, b.spec().closesAt());
                    }
                    why = "early: " + reason;
                }
            }
            List<BoardEntry> box = new ArrayList<>(ballotBox.box(id));
            box.sort(Comparator.comparing(BoardEntry::trackingCode));
            String prev = Hashes.GENESIS;
            List<BoardEntry> board = new ArrayList<>();
            for (int i = 0; i < box.size(); i++) {
                BoardEntry e = box.get(i);
                BoardEntry unsigned = new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, null);
                String hash = Hashes.chain(prev, unsigned.canonical());
                ballotBox.chain(id, e.trackingCode(), i + 1, prev, hash);
                board.add(new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, hash));
                prev = hash;
            }
            BallotResult r = Results.compute(b, board, statutes);
            ballots.closed(id, clock.instant(), r.adopted());
            audit.record(actor, "gov.ballot-closed", id.toString(), "board head " + prev + "; closed " + why);
            due[0] = b.spec().assembly().isEmpty() && r.adopted().orElse(false) && runner.recordDue(b);
            return r;
        });
        if (due[0]) runner.attempt(id);
        return result;
    }

    /**
     * What became of the ballot's decision, once adopted (empty: no decision is due — rejected, not closed, or none carried).
     *
     * @param id the ballot
     * @return the decision's outcome, or empty when none is due
     * @throws BallotNotFound if no ballot has that id
     */
    public Optional<DecisionOutcome> decision(BallotId id) {
        find(id);
        return runner.outcome(id);
    }

    /**
     * The board applies a failed decision again (e.g. once the cause is fixed); an applied one is never applied twice.
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the closed ballot
     * @return the outcome of this attempt
     * @throws DecisionNotRetryable if no adopted decision is due, or it was already applied
     */
    public DecisionOutcome retryDecision(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        DecisionOutcome now = decision(id).orElseThrow(() -> new DecisionNotRetryable(id, "no adopted decision is due for it"));
        if (now.status() == DecisionStatus.APPLIED) throw new DecisionNotRetryable(id, "it was applied on " + now.at());
        tx.run(() -> audit.record(actor, "gov.decision-retried", id.toString(), now.failure().orElse("")));
        return runner.attempt(id).orElseThrow();
    }

    /**
     * One ballot, whatever its status: its question, options, method, dates and roll size (what is put to
     * the vote, shown to every member). Any MEMBER or the BOARD may read it; anyone else is refused before
     * the ballot is looked up.
     *
     * @param actor who reads: a member or the board
     * @param id the ballot
     * @return the ballot
     * @throws BallotNotFound if no ballot has that id
     */
    public Ballot get(Actor actor, BallotId id) {
        actor.require(Role.MEMBER, Role.BOARD);
        return find(id);
    }

    /**
     * Every ballot, drafts included (what is or will be put to the vote). Any MEMBER or the BOARD may
     * read them; anyone else is refused.
     *
     * @param actor who reads: a member or the board
     * @return the ballots, in the store's order
     */
    public List<Ballot> all(Actor actor) {
        actor.require(Role.MEMBER, Role.BOARD);
        return tx.inTransaction(ballots::ballots);
    }

    private Ballot find(BallotId id) {
        return tx.inTransaction(() -> ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id)));
    }

    /**
     * The result, once closed — hidden from everyone, the board included, before.
     *
     * @param id the ballot
     * @return the result per option (and college, where the statutes weigh them)
     * @throws BallotNotFound if no ballot has that id
     * @throws ResultsHidden if the ballot is not closed yet
     */
    public BallotResult results(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return Results.compute(b, ballotBox.box(id), statutes);
        });
    }

    /**
     * An adjourned assembly's resolution stays open until its second call (the BOARD, from the assembly's close).
     *
     * @param actor the board
     * @param id the resolution
     * @param closesAt its new announced close; an earlier one than today's is ignored
     */
    public void holdOpenForSecondCall(Actor actor, BallotId id, Instant closesAt) {
        actor.require(Role.BOARD);
        tx.inTransaction(() -> {
            ballots.extendClose(id, closesAt);
            return null;
        });
    }

    /**
     * Settles a resolution closed with its assembly (the BOARD): when the assembly missed its quorum it is recorded
     * as not adopted; when it met quorum and the resolution was adopted, its decision is recorded as due, once.
     *
     * @param actor the board
     * @param id the resolution, closed
     * @param quorumMet whether the assembly that carries it met its quorum
     * @return true when its decision is now due ({@link #applyDueDecision} applies it after the close commits)
     */
    public boolean settleWithAssembly(Actor actor, BallotId id, boolean quorumMet) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            if (!quorumMet) {
                ballots.notAdopted(id);
                return false;
            }
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            return b.status() == BallotStatus.CLOSED && b.adopted().orElse(false) && runner.recordDue(b);
        });
    }

    /**
     * Applies a decision recorded as due (the BOARD, after the assembly's close committed); nothing happens for a
     * ballot whose decision is not due, so a rejected ballot's decision is never applied.
     *
     * @param actor the board
     * @param id the resolution
     * @return how the decision went, or empty when none is due
     */
    public Optional<DecisionOutcome> applyDueDecision(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return runner.attempt(id);
    }

    /**
     * The public ballot board, once closed: every (tracking code, choice) in the hash chain.
     *
     * @param id the ballot
     * @return the board's entries in chain order
     * @throws BallotNotFound if no ballot has that id
     * @throws ResultsHidden if the ballot is not closed yet
     */
    public List<BoardEntry> board(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return ballotBox.box(id);
        });
    }

    /**
     * Recomputes the board's chain; the first entry whose hash does not hold is reported.
     *
     * @param id the closed ballot
     * @return how many entries hold, and the first one that does not
     * @throws ResultsHidden if the ballot is not closed yet
     */
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

    /**
     * How many on the roll have voted — no result (board).
     *
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the ballot
     * @return the roll size and the number who voted
     * @throws BallotNotFound if no ballot has that id
     */
    public Turnout turnout(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            return new Turnout(id, b.rollSize(), rolls.participants(id));
        });
    }

    /**
     * Whether the actor has voted, and is on the roll (for their own page).
     *
     * @param actor the member asking (a member id is required)
     * @param id the ballot
     * @return whether they are on the roll and have voted
     */
    public VoterStatus statusOf(Actor actor, BallotId id) {
        MemberId me = actor.requireMemberId();
        return tx.inTransaction(() -> new VoterStatus(rolls.onRoll(id, me, false).isPresent(), rolls.hasVoted(id, me)));
    }

    /** How many of the roll have voted so far (no result before close). */
    public record Turnout(BallotId ballot, int roll, long voted) {
    }

    /** Whether a member is on a ballot's roll and has voted. */
    public record VoterStatus(boolean onRoll, boolean voted) {
    }

    static String describe(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        return d.toMinutes() + " minutes";
    }

    static String newTrackingCode() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().withUpperCase().formatHex(b);
        return String.join("-", hex.substring(0, 5), hex.substring(5, 10), hex.substring(10, 15), hex.substring(15, 20));
    }
}
