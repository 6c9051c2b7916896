package org.coopkit.governance.ballots;

/**
 * Whether a member is on a ballot's roll and has voted.
 *
 * @param onRoll whether the member is on the roll
 * @param voted whether the member has voted
 */
public record VoterStatus(boolean onRoll, boolean voted) {
}
