package org.coopkit.ledger.allocation;

/** How a member takes their patronage refund: paid out (refunds payable) or as new shares (member capital). */
public enum RefundChoice {
    /** The refund is paid out (it stays payable until a payout run). */
    PAYABLE,
    /** The refund subscribes whole new shares at nominal; the remainder stays payable. */
    SHARES
}
