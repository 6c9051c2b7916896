package org.coopkit.governance.ballots;

import org.coopkit.core.errors.ErrorKind;

/** Refusal: decision-subject-on-ballot. One ballot per decision subject while one is open, and none once one was adopted. */
public final class SubjectAlreadyOnBallot extends GovernanceRefusal {
    /**
     * The refusal naming the ballot that holds the subject.
     * @param subject the decision's subject
     * @param existing the ballot that holds it
     * @param state that ballot's state (draft, open or adopted)
     */
    public SubjectAlreadyOnBallot(String subject, BallotId existing, String state) {
        super(ErrorKind.CONFLICT, "decision-subject-on-ballot", "'" + subject + "' is already put to the vote by ballot " + existing + " (" + state
                + "); one ballot per decision subject");
    }

    /**
     * The same refusal when a racing ballot took the subject first (the database's unique key decided).
     *
     * @param subject the decision's subject
     */
    public SubjectAlreadyOnBallot(String subject) {
        super(ErrorKind.CONFLICT, "decision-subject-on-ballot", "'" + subject + "' is already put to the vote by another ballot (in draft, open or adopted)"
                + "; one ballot per decision subject");
    }
}
