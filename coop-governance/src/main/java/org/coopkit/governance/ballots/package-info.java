/**
 * Ballots from draft to board ({@link org.coopkit.governance.ballots.VotingService}): the board creates, opens (freezing the electoral roll: members in
 * status MEMBER at that moment, optionally of one category) and closes; members vote.
 *
 * <p>One member, one vote: the voter's roll row is locked for the vote, and a unique constraint on
 * (ballot, member) in {@code gov_participation} refuses a second participation even from a racing
 * request. The ballot box holds choices under random tracking codes and no member id; who voted is
 * in the participation table, what was chosen in the box, and nothing joins them for a secret
 * ballot. Where revoting is allowed, a secret vote is replaced by giving the tracking code of the
 * previous one, and only the voter's own entry can be replaced (its owner tag, an HMAC of ballot and
 * member under the {@link org.coopkit.governance.ballots.BallotBoxKey}, must match; docs/secret-revoting.md); an open ballot keeps the voter's code and replaces it
 * directly. Voting in person revokes a proxy the voter had given.
 *
 * <p>At close the box is ordered by tracking code (which says nothing about who or when), chained
 * with SHA-256 and published as the ballot board; the official result is computed from the board, so
 * anyone can recount it, and {@link org.coopkit.governance.ballots.VotingService#verifyBoard} finds a choice edited afterwards. A yes/no
 * resolution that is adopted and carries a decision has it applied once, right after the closing
 * transaction (unless it is on an assembly's agenda: the assembly applies it when quorum is met).
 */
package org.coopkit.governance.ballots;
