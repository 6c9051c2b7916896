package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: invalid-choice. */
public final class InvalidChoice extends GovernanceRefusal {
    /**
     * The refusal (422).
     * @param why what is wrong with the choice
     */
    public InvalidChoice(String why) {
        super(ErrorKind.UNPROCESSABLE, "invalid-choice", why);
    }
}
