package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: invalid-choice. */
public final class InvalidChoice extends GovernanceRefusal {
    public InvalidChoice(String why) {
        super(ErrorKind.UNPROCESSABLE, "invalid-choice", why);
    }
}
