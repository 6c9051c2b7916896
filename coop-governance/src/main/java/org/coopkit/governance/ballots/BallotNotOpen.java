package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: ballot-not-open. */
public final class BallotNotOpen extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param why the ballot's state
     */
    public BallotNotOpen(String why) {
        super(ErrorKind.CONFLICT, "ballot-not-open", why);
    }
}
