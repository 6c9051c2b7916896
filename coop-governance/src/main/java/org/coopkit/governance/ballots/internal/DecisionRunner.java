package org.coopkit.governance.ballots.internal;

import java.time.Clock;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.DecisionOutcome;
import org.coopkit.governance.ballots.DecisionStatus;

/**
 * Applies adopted resolutions' decisions, for the ballot and assembly services (not API).
 *
 * <p>The closing transaction records the decision as due ({@link #recordDue}); once it has committed,
 * {@link #attempt} calls the handler in a transaction of its own. A handler that fails rolls back
 * only its own work: the closed ballot and its result stay, and the decision is marked FAILED with
 * the reason in a further transaction, for the board to retry. APPLIED is final: never twice.
 */
public final class DecisionRunner {
    private final Transactions tx;
    private final Ballots store;
    private final DecisionHandlers decisions;
    private final AuditLog audit;
    private final Clock clock;

    public DecisionRunner(Transactions tx, Ballots store, DecisionHandlers decisions, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** In the closing transaction: the ballot is adopted and carries a decision, so it is due (once). */
    public boolean recordDue(Ballot adopted) {
        if (adopted.spec().decision().isEmpty()) return false;
        return store.recordDecisionDue(adopted.id(), clock.instant());
    }

    /** Outside any transaction: applies a due or failed decision; the outcome says how it went. */
    public Optional<DecisionOutcome> attempt(BallotId id) {
        try {
            return tx.inTransaction(() -> {
                var row = store.lockDecision(id);
                if (row.isEmpty() || row.get().status().equals(DecisionStatus.APPLIED.name())) return outcome(id);
                Ballot b = store.ballot(id).orElseThrow();
                decisions.apply(id.toString(), b.spec().decision().orElseThrow());
                store.decisionAttempted(id, DecisionStatus.APPLIED.name(), null, clock.instant());
                audit.record(Actor.system(), "gov.decision-applied", id.toString(), b.spec().decision().get().kind());
                return outcome(id);
            });
        } catch (RuntimeException e) {
            String reason = reason(e);
            return tx.inTransaction(() -> {
                var row = store.lockDecision(id);
                if (row.isPresent() && !row.get().status().equals(DecisionStatus.APPLIED.name())) {
                    store.decisionAttempted(id, DecisionStatus.FAILED.name(), reason, clock.instant());
                    audit.record(Actor.system(), "gov.decision-failed", id.toString(), reason);
                }
                return outcome(id);
            });
        }
    }

    public Optional<DecisionOutcome> outcome(BallotId id) {
        return tx.inTransaction(() -> store.decision(id).map(d -> new DecisionOutcome(id,
                store.ballot(id).flatMap(b -> b.spec().decision()).map(x -> x.kind()).orElse(""),
                DecisionStatus.valueOf(d.status()), d.attempts(), d.failure(), d.at())));
    }

    /** A reason people can read: a refusal's message, else the kind of failure (never a stack trace). */
    static String reason(RuntimeException e) {
        if (e instanceof CoopException c) return c.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
