package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: illegal-ballot-transition. */
public final class IllegalBallotTransition extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param why the ballot and its status
     */
    public IllegalBallotTransition(String why) {
        super(ErrorKind.CONFLICT, "illegal-ballot-transition", why);
    }
}
