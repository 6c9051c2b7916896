package org.coopkit.ledger.accounts;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A line or a lookup names an account that is not in the chart, or a role no account holds. */
public final class UnknownAccount extends CoopException {
    public UnknownAccount(String what) {
        super(ErrorKind.UNPROCESSABLE, "unknown-account", "no account " + what + " in the chart of accounts");
    }
}
