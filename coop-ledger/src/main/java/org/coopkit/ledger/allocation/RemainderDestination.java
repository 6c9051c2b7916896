package org.coopkit.ledger.allocation;

/** Where the part of the result no step took goes. */
public enum RemainderDestination {
    /** What is left goes to the statutory reserve. */
    STATUTORY_RESERVE,
    /** What is left is carried forward as retained earnings. */
    RETAINED_EARNINGS
}
