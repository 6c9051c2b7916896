package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: results-hidden. */
public final class ResultsHidden extends GovernanceRefusal {
    public ResultsHidden(BallotId id) {
        super(ErrorKind.CONFLICT, "results-hidden", "results of ballot " + id + " are hidden until it closes");
    }
}
