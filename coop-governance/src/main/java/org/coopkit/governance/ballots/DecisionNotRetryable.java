package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: decision-not-retryable. Only a failed decision of an adopted resolution can be retried. */
public final class DecisionNotRetryable extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param ballot the ballot
     * @param why why it cannot be retried
     */
    public DecisionNotRetryable(BallotId ballot, String why) {
        super(ErrorKind.CONFLICT, "decision-not-retryable", "the decision of ballot " + ballot + " cannot be retried: " + why);
    }
}
