package org.coopkit.ledger.accounts;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A line or a lookup names an account that is not in the chart, or a role no account holds. */
public final class UnknownAccount extends CoopException {
    /**
     * Refuses a reference to an account the chart does not have.
     *
     * @param what the missing code, or the role
     */
    public UnknownAccount(String what) {
        super(ErrorKind.UNPROCESSABLE, "unknown-account", "no account " + what + " in the chart of accounts");
    }
}
