package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: ballot-not-found. */
public final class BallotNotFound extends GovernanceRefusal {
    /**
     * The refusal (404).
     * @param id the ballot looked for
     */
    public BallotNotFound(BallotId id) {
        super(ErrorKind.NOT_FOUND, "ballot-not-found", "ballot " + id + " does not exist");
    }
}
