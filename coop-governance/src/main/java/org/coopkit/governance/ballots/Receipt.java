package org.coopkit.governance.ballots;

/** What a voter keeps: the tracking code under which their choice appears on the public board after close. */
public record Receipt(BallotId ballot, String trackingCode) {
}
