package org.coopkit.governance.briefing;

import org.coopkit.core.errors.ErrorKind;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.GovernanceRefusal;

/**
 * Refusal: the description and documents of a ballot change only until the first vote is cast
 * ({@code briefing-frozen}): every voter decides on the same text.
 */
public final class BriefingRefused extends GovernanceRefusal {
    private BriefingRefused(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }

    static BriefingRefused frozen(BallotId id, String why) {
        return new BriefingRefused("briefing-frozen", "the description and documents of ballot " + id + " no longer change: " + why
                + " (every voter decides on the same text)");
    }
}
