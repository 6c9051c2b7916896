package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: ballot-not-open. */
public final class BallotNotOpen extends GovernanceRefusal {
    public BallotNotOpen(String why) {
        super(ErrorKind.CONFLICT, "ballot-not-open", why);
    }
}
