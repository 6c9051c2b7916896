package org.coopkit.ledger.patronage;

/**
 * Whether business was done by a member (it counts towards a patronage refund) or by a
 * non-member (recorded all the same, never refunded: loi 1947, surplus from non-members).
 */
public enum PartyKind {
    MEMBER, NON_MEMBER
}
