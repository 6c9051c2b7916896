package org.coopkit.governance.ballots;

/** DRAFT → OPEN (the roll is frozen) → CLOSED (counted, the board is published). */
/** A ballot's lifecycle: drafted, open to votes, closed (then its results and board are public). */
public enum BallotStatus { DRAFT, OPEN, CLOSED }
