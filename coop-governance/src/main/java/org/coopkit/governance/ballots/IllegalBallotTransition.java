package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: illegal-ballot-transition. */
public final class IllegalBallotTransition extends GovernanceRefusal {
    public IllegalBallotTransition(String why) {
        super(ErrorKind.CONFLICT, "illegal-ballot-transition", why);
    }
}
