package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: not-on-roll. */
public final class NotOnRoll extends GovernanceRefusal {
    /**
     * The refusal (403).
     * @param who who is not on the roll, as the sentence names them
     */
    public NotOnRoll(String who) {
        super(ErrorKind.FORBIDDEN, "not-on-roll", who + " is not on the electoral roll of this ballot");
    }
}
