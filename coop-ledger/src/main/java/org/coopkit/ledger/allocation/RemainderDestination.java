package org.coopkit.ledger.allocation;

/** Where the part of the result no step took goes. */
public enum RemainderDestination {
    STATUTORY_RESERVE, RETAINED_EARNINGS
}
