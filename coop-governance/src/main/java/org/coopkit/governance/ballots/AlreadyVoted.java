package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: already-voted. */
public final class AlreadyVoted extends GovernanceRefusal {
    /**
     * The refusal (409).
     * @param who who has voted, as the sentence names them
     */
    public AlreadyVoted(String who) {
        super(ErrorKind.CONFLICT, "already-voted", who + " has already voted in this ballot");
    }
}
