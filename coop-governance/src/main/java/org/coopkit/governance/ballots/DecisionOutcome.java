package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.Optional;

/**
 * What became of an adopted resolution's decision. A decision is applied only for an adopted
 * resolution, at most once; when its handler fails the ballot stays closed with its result, and the
 * decision is {@link DecisionStatus#FAILED} with the reason until the board retries it.
 *
 * @param attempts how many times the handler was called
 * @param failure  the reason of the last failure, while failed
 */
public record DecisionOutcome(BallotId ballot, String kind, DecisionStatus status, int attempts, Optional<String> failure, Instant at) {
}
