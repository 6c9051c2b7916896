package org.coopkit.governance.discussion;

import org.coopkit.core.errors.ErrorKind;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.GovernanceRefusal;

/** Refusal: comments are posted on an open ballot only ({@code discussion-closed}). */
public final class CommentRefused extends GovernanceRefusal {
    private CommentRefused(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    static CommentRefused closed(BallotId id) {
        return new CommentRefused(ErrorKind.CONFLICT, "discussion-closed", "ballot " + id
                + " is not open: questions and comments are posted while it is open, and the thread stays as it was at the close");
    }
}
