package org.coopkit.governance.ballots;

import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.ballots.internal.BallotBox;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;

/**
 * What the sibling features of governance (proxies, assemblies, privacy) read of ballots, rolls and
 * participation, inside their own transaction: the seam by which they see ballots without reaching into this
 * feature's {@code internal} package. Read-only, and not a guarded API: the calling service has checked its
 * actor; applications use {@link VotingService}.
 */
public final class BallotRecords {
    private final Ballots ballots;
    private final Rolls rolls;
    private final BallotBox box;

    /**
     * Ballot records read through the given transactions.
     *
     * @param tx the governance module's transactions
     */
    public BallotRecords(Transactions tx) {
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.box = new BallotBox(tx);
    }

    /**
     * A ballot.
     *
     * @param id the ballot
     * @return the ballot, or empty when there is none with this id
     */
    public Optional<Ballot> ballot(BallotId id) {
        return ballots.ballot(id);
    }

    /**
     * The resolutions of an assembly, in agenda order.
     *
     * @param assemblyId the assembly
     * @return its ballots
     */
    public List<Ballot> agendaOf(AssemblyId assemblyId) {
        return ballots.ballotsOfAssembly(assemblyId);
    }

    /**
     * Whether a member is on a ballot's roll.
     *
     * @param id the ballot
     * @param member the member
     * @param lock whether to lock the roll entry until commit (serialises proxies given at once)
     * @return true when the member is on the roll
     */
    public boolean onRoll(BallotId id, MemberId member, boolean lock) {
        return rolls.onRoll(id, member, lock).isPresent();
    }

    /**
     * Whether a member's vote is in a ballot's box.
     *
     * @param id the ballot
     * @param member the member
     * @return true once the member voted (in person or by proxy)
     */
    public boolean hasVoted(BallotId id, MemberId member) {
        return rolls.hasVoted(id, member);
    }

    /**
     * A ballot's roll.
     *
     * @param id the ballot
     * @return the members on it, by id
     */
    public List<MemberId> roll(BallotId id) {
        return rolls.roll(id).stream().map(Rolls.RollRow::member).toList();
    }

    /**
     * Who took part in a ballot (never how).
     *
     * @param id the ballot
     * @return the members who voted
     */
    public List<MemberId> participants(BallotId id) {
        return rolls.participantIds(id);
    }

    /**
     * The ballots a member is on the roll of.
     *
     * @param member the member
     * @return the ballots
     */
    public List<BallotId> ballotsOnRollOf(MemberId member) {
        return rolls.ballotsOnRollOf(member);
    }

    /**
     * The ballots a member voted in.
     *
     * @param member the member
     * @return the ballots
     */
    public List<BallotId> ballotsVotedBy(MemberId member) {
        return rolls.ballotsVotedBy(member);
    }

    /**
     * A member's choice in an open (non-secret) ballot.
     *
     * @param id the ballot
     * @param member the member
     * @return the choice, or empty when the member did not vote or the ballot is secret
     */
    public Optional<List<String>> openChoiceOf(BallotId id, MemberId member) {
        return box.openVoteCode(id, member).flatMap(code -> box.box(id).stream().filter(e -> e.trackingCode().equals(code))
                .findFirst().map(BoardEntry::choice));
    }
}
