package org.coopkit.ledger.accounts;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A line on a per-member account names no member, or a line on a general account names one. */
public final class AccountScopeMismatch extends CoopException {
    /**
     * Refuses a line that names a member on a general account, or none on a per-member account.
     *
     * @param ref   the line's account reference
     * @param scope the account's actual scope
     */
    public AccountScopeMismatch(AccountRef ref, AccountScope scope) {
        super(ErrorKind.UNPROCESSABLE, "account-scope-mismatch", scope == AccountScope.PER_MEMBER
                ? "account " + ref.code() + " has one sub-account per member: the line must name the member"
                : "account " + ref.code() + " is a general account: the line must not name a member");
    }
}
