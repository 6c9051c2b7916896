package org.coopkit.governance.ballots;

/** DRAFT → OPEN (the roll is frozen) → CLOSED (counted, the board is published). */
/** A ballot's lifecycle: drafted, open to votes, closed (then its results and board are public). */
public enum BallotStatus {
    /** Being prepared by the board; no roll yet. */
    DRAFT,
    /** The roll is frozen; votes may be cast between its opening and its close. */
    OPEN,
    /** Counted; the result and the board are public. */
    CLOSED }
