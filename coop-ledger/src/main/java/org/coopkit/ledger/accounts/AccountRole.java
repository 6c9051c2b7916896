package org.coopkit.ledger.accounts;

/**
 * The accounts the ledger itself posts to (year-end closing, surplus allocation, platform payouts).
 * Each role is held by at most one account of the chart, so a co-op may use its own codes.
 */
public enum AccountRole {
    BANK,
    MEMBER_CAPITAL,
    /** Capital subscribed and not yet paid (equity side of a subscription). */
    SUBSCRIBED_CAPITAL_UNPAID,
    /** What members owe on the shares they subscribed (asset side of a subscription). */
    CAPITAL_SUBSCRIPTIONS_RECEIVABLE,
    LEGAL_RESERVE,
    STATUTORY_RESERVE,
    DEVELOPMENT_FUND,
    RETAINED_EARNINGS,
    RESULT,
    REFUNDS_PAYABLE,
    CAPITAL_INTEREST_PAYABLE,
    WORKERS_SHARE_PAYABLE,
    OWNER_PAYOUTS_PAYABLE,
    PLATFORM_SALES,
    COMMISSIONS,
    OPERATING_EXPENSES
}
