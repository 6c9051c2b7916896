package org.coopkit.ledger.accounts;

/**
 * The accounts the ledger itself posts to (year-end closing, surplus allocation, platform payouts).
 * Each role is held by at most one account of the chart, so a co-op may use its own codes.
 */
public enum AccountRole {
    /** The bank account payouts are paid from and paid-up capital comes into. */
    BANK,
    /** Members' paid-up capital (per member). */
    MEMBER_CAPITAL,
    /** Capital subscribed and not yet paid (equity side of a subscription). */
    SUBSCRIBED_CAPITAL_UNPAID,
    /** What members owe on the shares they subscribed (asset side of a subscription). */
    CAPITAL_SUBSCRIPTIONS_RECEIVABLE,
    /** The legal reserve the allocation credits first. */
    LEGAL_RESERVE,
    /** The reserve the statutes require. */
    STATUTORY_RESERVE,
    /** The fund for the co-op's development. */
    DEVELOPMENT_FUND,
    /** Earnings carried forward. */
    RETAINED_EARNINGS,
    /** The year's result, which the closing fills and the allocation empties. */
    RESULT,
    /** Patronage refunds owed to members (per member). */
    REFUNDS_PAYABLE,
    /** Interest on capital owed to members (per member). */
    CAPITAL_INTEREST_PAYABLE,
    /** The workers' share of the surplus owed (per member). */
    WORKERS_SHARE_PAYABLE,
    /** What the platform owes owners for their sales (per member). */
    OWNER_PAYOUTS_PAYABLE,
    /** Sales made through the platform. */
    PLATFORM_SALES,
    /** Commissions and fees the platform earns. */
    COMMISSIONS,
    /** Operating expenses, emptied into the result at closing. */
    OPERATING_EXPENSES
}
