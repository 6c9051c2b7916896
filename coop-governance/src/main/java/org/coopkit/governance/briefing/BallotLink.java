package org.coopkit.governance.briefing;

import java.time.Instant;
import org.coopkit.governance.ballots.BallotId;

/** A document the board attached to a ballot, as a title and the address where it is read. */
public record BallotLink(String id, BallotId ballot, String title, String url, Instant addedAt) {
}
