package org.coopkit.governance.ballots;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.audit.HashChain;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.internal.BallotBox;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.DecisionRunner;

/**
 * Closing a ballot: the ballot's closing rules, the box chained into the public board, the count, and an adopted
 * ballot's decision recorded as due (applied after the close commits); the assembly's settling of its resolutions.
 */
final class BallotClosing {
    private final Transactions tx;
    private final Ballots ballots;
    private final BallotBox ballotBox;
    private final CoopStatutes statutes;
    private final AuditLog audit;
    private final Clock clock;
    private final GovernanceRules rules;
    private final DecisionRunner runner;

    BallotClosing(Transactions tx, CoopStatutes statutes, AuditLog audit, Clock clock, GovernanceRules rules, DecisionRunner runner) {
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.ballotBox = new BallotBox(tx);
        this.statutes = statutes;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.runner = runner;
    }

    List<BallotResult> closeDue() {
        List<BallotResult> closed = new ArrayList<>();
        for (BallotId id : tx.inTransaction(() -> ballots.dueForClosing(clock.instant()))) {
            try {
                closed.add(close(Actor.system(), id, Ballot.Closing.AT_DEADLINE, null, false));
            } catch (IllegalBallotTransition raced) {
                // closed meanwhile by the board: nothing to do
            }
        }
        return closed;
    }

    BallotResult close(Actor actor, BallotId id, Ballot.Closing how, String reason, boolean confirmed) {
        boolean[] due = new boolean[1];
        BallotResult result = tx.inTransaction(() -> {
            Ballot b = ballots.lockBallot(id).orElseThrow(() -> new BallotNotFound(id));
            Instant now = clock.instant();
            String why = b.checkCanClose(how, now, rules.earlyClose(), reason, confirmed);
            List<BoardEntry> box = new ArrayList<>(ballotBox.box(id));
            box.sort(Comparator.comparing(BoardEntry::trackingCode));
            String prev = Hashes.GENESIS;
            List<BoardEntry> board = new ArrayList<>();
            for (int i = 0; i < box.size(); i++) {
                BoardEntry e = box.get(i);
                BoardEntry unsigned = new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, null);
                String hash = HashChain.append(prev, unsigned.canonical());
                ballotBox.chain(id, e.trackingCode(), i + 1, prev, hash);
                board.add(new BoardEntry(i + 1, e.trackingCode(), e.choice(), e.college(), prev, hash));
                prev = hash;
            }
            BallotResult r = Results.compute(b, board, statutes);
            ballots.closed(id, clock.instant(), r.adopted());
            ballots.sealBoard(id, board.size(), prev);
            audit.record(actor, "gov.ballot-closed", id.toString(), "board head " + prev + "; closed " + why);
            due[0] = b.spec().assembly().isEmpty() && r.adopted().orElse(false) && runner.recordDue(b);
            return r;
        });
        if (due[0]) runner.attempt(id);
        return result;
    }

    void holdOpenForSecondCall(BallotId id, Instant closesAt) {
        tx.inTransaction(() -> {
            ballots.extendClose(id, closesAt);
            return null;
        });
    }

    boolean settleWithAssembly(BallotId id, boolean quorumMet) {
        return tx.inTransaction(() -> {
            if (!quorumMet) {
                ballots.notAdopted(id);
                return false;
            }
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            return b.status() == BallotStatus.CLOSED && b.adopted().orElse(false) && runner.recordDue(b);
        });
    }

    Optional<DecisionOutcome> applyDue(BallotId id) {
        return runner.attempt(id);
    }

    DecisionOutcome retryDecision(Actor actor, BallotId id) {
        DecisionOutcome now = runner.outcome(id).orElseThrow(() -> new DecisionNotRetryable(id, "no adopted decision is due for it"));
        if (now.status() == DecisionStatus.APPLIED) throw new DecisionNotRetryable(id, "it was applied on " + now.at());
        tx.run(() -> audit.record(actor, "gov.decision-retried", id.toString(), now.failure().orElse("")));
        return runner.attempt(id).orElseThrow();
    }
}
