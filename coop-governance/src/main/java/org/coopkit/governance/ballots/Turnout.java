package org.coopkit.governance.ballots;

/**
 * How many of the roll have voted so far (no result before close).
 *
 * @param ballot the ballot
 * @param roll the size of its roll
 * @param voted how many on it have voted
 */
public record Turnout(BallotId ballot, int roll, long voted) {
}
