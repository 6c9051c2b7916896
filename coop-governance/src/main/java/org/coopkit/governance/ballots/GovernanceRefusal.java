package org.coopkit.governance.ballots;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The governance module's family of refusals. */
public class GovernanceRefusal extends CoopException {
    /**
     * A refusal of governance.
     * @param kind the kind (maps to the HTTP status)
     * @param code the stable error code
     * @param message the sentence for the user
     */
    public GovernanceRefusal(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }
}
