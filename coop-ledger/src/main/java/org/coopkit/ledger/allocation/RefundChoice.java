package org.coopkit.ledger.allocation;

/** How a member takes their patronage refund: paid out (refunds payable) or as new shares (member capital). */
public enum RefundChoice {
    PAYABLE, SHARES
}
