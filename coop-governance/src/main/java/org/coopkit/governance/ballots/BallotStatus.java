package org.coopkit.governance.ballots;

/** DRAFT → OPEN (the roll is frozen) → CLOSED (counted, the board is published). */
public enum BallotStatus { DRAFT, OPEN, CLOSED }
