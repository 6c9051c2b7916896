package org.coopkit.ledger.patronage;

/**
 * Whether business was done by a member (it counts towards a patronage refund) or by a
 * non-member (recorded all the same, never refunded: loi 1947, surplus from non-members).
 */
public enum PartyKind {
    /** A member in status MEMBER or SUSPENDED on the day: counts towards a refund. */
    MEMBER,
    /** Anyone else: recorded, never refunded. */
    NON_MEMBER
}
