package org.coopkit.ledger.accounts;

/**
 * Whether an account is a single account or a control account with one sub-account per member
 * (refunds payable, member capital, owner payouts payable). Lines on a per-member account must
 * name the member; lines on a general account must not.
 */
public enum AccountScope {
    /** One account for the whole co-op. */
    GENERAL,
    /** One sub-account per member: lines name the member. */
    PER_MEMBER
}
