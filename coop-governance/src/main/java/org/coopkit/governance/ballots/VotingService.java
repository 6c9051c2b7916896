package org.coopkit.governance.ballots;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.requests.RequestIdReused;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.DecisionRunner;
import org.coopkit.governance.ballots.internal.VoteRequests;

/**
 * Ballots from draft to board: the board creates, opens (freezing the electoral roll) and closes; members vote.
 * How one member gets one vote, how secrecy and revoting hold and how the board is chained: see the
 * {@linkplain org.coopkit.governance.ballots package documentation}.
 */
public final class VotingService {
    private final Transactions tx;
    private final Ballots ballots;
    private final DecisionRunner runner;
    private final BallotOpening opening;
    private final VoteCasting casting;
    private final BallotClosing closing;
    private final BallotReadings readings;

    /**
     * With governance's mail: opening a ballot queues an invitation to each member on its roll.
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
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.runner = new DecisionRunner(tx, ballots, decisions, audit, clock);
        this.opening = new BallotOpening(tx, members, statutes, decisions, audit, clock, rules, mailer);
        this.casting = new VoteCasting(tx, members, audit, clock, boxKey);
        this.closing = new BallotClosing(tx, statutes, audit, clock, rules, runner);
        this.readings = new BallotReadings(tx, statutes);
    }

    /**
     * Creates a ballot as a draft (the BOARD only). Refused when the spec is invalid, when a ballot of its own runs shorter than the
     * statutes' minimum voting period, when its decision cannot be applied, or when another ballot on the same decision subject is open or
     * adopted.
     * @param actor the board
     * @param spec the question, options, method, dates and optional decision
     * @return the draft ballot
     */
    public Ballot create(Actor actor, BallotSpec spec) {
        actor.require(Role.BOARD);
        return opening.create(actor, spec);
    }

    /**
     * Creates the ballot and opens it at once, in one transaction: a failure while opening leaves no draft behind that nobody asked for.
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
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the draft ballot
     * @return the ballot, open, with its roll size
     * @throws BallotNotFound if no ballot has that id
     * @throws IllegalBallotTransition if the ballot is not a draft
     */
    public Ballot open(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return opening.open(actor, id);
    }

    /**
     * Casts the actor's vote, or — with {@code onBehalfOf} — the vote of a member whose proxy the actor holds.
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
     * Casts a vote under the client's request id: a retry with the same id and the same content (after a failover, a lost answer) is
     * answered with the first request's receipt and changes nothing; the same id with other content is refused ({@link RequestIdReused},
     * 422). The id is stored in the vote's transaction under a primary key, so of racing retries exactly one votes, and it is stored so
     * that it links no voter to a choice ({@link VoteRequests}; docs/reliability.md).
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
        return casting.cast(actor, id, choice, onBehalfOf, previousReceipt, requestId);
    }

    /**
     * Casts the actor's own first vote (a MEMBER on the ballot's roll, while it is open).
     * @param actor the voter
     * @param id the ballot
     * @param choice the chosen option(s), as the ballot's method expects them
     * @return the receipt with the tracking code to find on the board after the close
     */
    public Receipt castVote(Actor actor, BallotId id, List<String> choice) {
        return castVote(actor, id, choice, Optional.empty(), Optional.empty());
    }

    /**
     * Closes the ballot: publishes the board and counts, in one transaction; an adopted resolution's decision is then applied once, in a
     * transaction of its own (a handler that fails leaves the close and its result in place and the decision FAILED with the reason: {@link
     * #decision}, {@link #retryDecision}). A rejected resolution's decision is never applied; an assembly's resolutions wait for the
     * assembly.
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the open ballot
     * @return the result, with the board published
     * @throws BallotNotFound if no ballot has that id
     * @throws IllegalBallotTransition if the ballot is not open
     * @throws EarlyCloseRefused if its announced close has not passed, or it is on an assembly's agenda
     */
    public BallotResult close(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return closing.close(actor, id, Ballot.Closing.AT_DEADLINE, null, false);
    }

    /**
     * Closes the ballot before its announced close: the board states why and confirms (the page's second step; {@code confirmed} in the
     * API). Refused where the statutes forbid early closing.
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
        return closing.close(actor, id, Ballot.Closing.EARLY, reason, confirmed);
    }

    /**
     * Closes every open ballot (outside assemblies) whose announced close has passed, as the system: a forgotten ballot still closes. Run
     * by the application's scheduler ({@link DeadlineCloser}).
     * @return the results of the ballots closed by this run
     */
    public List<BallotResult> closeDue() {
        return closing.closeDue();
    }

    /**
     * What became of the ballot's decision, once adopted (empty: no decision is due — rejected, not closed, or none carried).
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
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the closed ballot
     * @return the outcome of this attempt
     * @throws DecisionNotRetryable if no adopted decision is due, or it was already applied
     */
    public DecisionOutcome retryDecision(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        find(id);
        return closing.retryDecision(actor, id);
    }

    /**
     * One ballot, whatever its status: its question, options, method, dates and roll size (what is put to the vote, shown to every member).
     * Any MEMBER or the BOARD may read it; anyone else is refused before the ballot is looked up.
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
     * Every ballot, drafts included (what is or will be put to the vote). Any MEMBER or the BOARD may read them; anyone else is refused.
     * @param actor who reads: a member or the board
     * @return the ballots, in the store's order
     */
    public List<Ballot> all(Actor actor) {
        actor.require(Role.MEMBER, Role.BOARD);
        return tx.inTransaction(ballots::ballots);
    }

    BallotClosing closing() {
        return closing;
    }

    private Ballot find(BallotId id) {
        return tx.inTransaction(() -> ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id)));
    }

    /**
     * The result, once closed — hidden from everyone, the board included, before.
     * @param id the ballot
     * @return the result per option (and college, where the statutes weigh them)
     * @throws BallotNotFound if no ballot has that id
     * @throws ResultsHidden if the ballot is not closed yet
     */
    public BallotResult results(BallotId id) {
        return readings.results(id);
    }

    /**
     * The public ballot board, once closed: every (tracking code, choice) in the hash chain.
     * @param id the ballot
     * @return the board's entries in chain order
     * @throws BallotNotFound if no ballot has that id
     * @throws ResultsHidden if the ballot is not closed yet
     */
    public List<BoardEntry> board(BallotId id) {
        return readings.board(id);
    }

    /**
     * Recomputes the board's chain; the first entry whose hash does not hold is reported.
     * @param id the closed ballot
     * @return how many entries hold, and the first one that does not
     * @throws ResultsHidden if the ballot is not closed yet
     */
    public BoardVerification verifyBoard(BallotId id) {
        return readings.verifyBoard(id);
    }

    /**
     * How many on the roll have voted — no result (board).
     * @param actor the BOARD (anyone else is refused with {@code AccessDenied})
     * @param id the ballot
     * @return the roll size and the number who voted
     * @throws BallotNotFound if no ballot has that id
     */
    public Turnout turnout(Actor actor, BallotId id) {
        actor.require(Role.BOARD);
        return readings.turnout(id);
    }

    /**
     * Whether the actor has voted, and is on the roll (for their own page).
     * @param actor the member asking (a member id is required)
     * @param id the ballot
     * @return whether they are on the roll and have voted
     */
    public VoterStatus statusOf(Actor actor, BallotId id) {
        return readings.statusOf(actor.requireMemberId(), id);
    }

}
