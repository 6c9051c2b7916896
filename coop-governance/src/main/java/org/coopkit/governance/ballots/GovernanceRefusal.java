package org.coopkit.governance.ballots;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The governance module's family of refusals. */
public class GovernanceRefusal extends CoopException {
    public GovernanceRefusal(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }
}
