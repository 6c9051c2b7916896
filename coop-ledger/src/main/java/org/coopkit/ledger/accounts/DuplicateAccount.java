package org.coopkit.ledger.accounts;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** An account with this code, or an account holding this role, is already in the chart. */
public final class DuplicateAccount extends CoopException {
    /**
     * Refuses an account whose code or role is taken.
     *
     * @param what the code or role already in the chart
     */
    public DuplicateAccount(String what) {
        super(ErrorKind.CONFLICT, "duplicate-account", what + " is already in the chart of accounts");
    }
}
