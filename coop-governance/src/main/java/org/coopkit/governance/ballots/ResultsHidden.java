package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: results-hidden. */
public final class ResultsHidden extends GovernanceRefusal {
    /**
     * The refusal for a ballot not closed yet (409).
     * @param id the ballot
     */
    public ResultsHidden(BallotId id) {
        super(ErrorKind.CONFLICT, "results-hidden", "results of ballot " + id + " are hidden until it closes");
    }
}
