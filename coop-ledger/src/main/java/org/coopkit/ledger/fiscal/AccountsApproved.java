package org.coopkit.ledger.fiscal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/**
 * The members approved this year's accounts (an adopted {@link AccountsApprovals#KIND} ballot): the
 * figures they voted on stand, so the year is not reopened; a correction goes in an open year.
 * A conflict (409, code {@code accounts-approved}).
 */
public final class AccountsApproved extends CoopException {
    /**
     * Refuses to reopen a year whose accounts were approved.
     *
     * @param approval the approval that stands
     */
    public AccountsApproved(AccountsApproval approval) {
        super(ErrorKind.CONFLICT, "accounts-approved", "the accounts of fiscal year " + approval.year().value() + " were approved by ballot "
                + approval.ballot() + " on " + approval.approvedOn() + ": the year can no longer be reopened; post the correction in an open year");
    }
}
