package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/**
 * Refusal: not-your-previous-vote. A revote on a secret ballot quoted a tracking code that is not the
 * voter's own vote in this ballot (unknown, or another member's: the answer does not say which).
 */
public final class NotYourPreviousVote extends GovernanceRefusal {
    /**
     * The refusal (422).
     * @param code the tracking code quoted
     */
    public NotYourPreviousVote(String code) {
        super(ErrorKind.UNPROCESSABLE, "not-your-previous-vote", "no vote of yours in this ballot has the tracking code " + code
                + "; only your own previous vote can be replaced");
    }
}
