package org.coopkit.governance.ballots;

/** Where an adopted resolution's decision stands: due, applied once, or failed (the board may retry). */
public enum DecisionStatus {
    PENDING, APPLIED, FAILED
}
