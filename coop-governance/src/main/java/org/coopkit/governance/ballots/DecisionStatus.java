package org.coopkit.governance.ballots;

/** Where an adopted resolution's decision stands: due, applied once, or failed (the board may retry). */
public enum DecisionStatus {
    /** Due, not applied yet. */
    PENDING,
    /** Applied, once. */
    APPLIED,
    /** Its handler failed; the board may retry. */
    FAILED
}
