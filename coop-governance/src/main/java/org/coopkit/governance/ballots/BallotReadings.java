package org.coopkit.governance.ballots;

import java.util.List;
import java.util.OptionalInt;
import org.coopkit.core.audit.HashChain;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.governance.ballots.internal.BallotBox;
import org.coopkit.governance.ballots.internal.Ballots;
import org.coopkit.governance.ballots.internal.Rolls;

/** What is read of a ballot: its result and public board (hidden before the close), the board's chain check, turnout. */
final class BallotReadings {
    private final Transactions tx;
    private final Ballots ballots;
    private final Rolls rolls;
    private final BallotBox ballotBox;
    private final CoopStatutes statutes;

    BallotReadings(Transactions tx, CoopStatutes statutes) {
        this.tx = tx;
        this.ballots = new Ballots(tx);
        this.rolls = new Rolls(tx);
        this.ballotBox = new BallotBox(tx);
        this.statutes = statutes;
    }

    BallotResult results(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return Results.compute(b, ballotBox.box(id), statutes);
        });
    }

    List<BoardEntry> board(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            if (b.status() != BallotStatus.CLOSED) throw new ResultsHidden(id);
            return ballotBox.box(id);
        });
    }

    /** The board's chain walked by core's one {@link HashChain} rule: the first entry out of sequence, relinked or edited. */
    BoardVerification verifyBoard(BallotId id) {
        HashChain.Walk walk = HashChain.walk("board " + id.value());
        for (BoardEntry e : board(id)) {
            if (!walk.next(new HashChain.Link(e.seq(), e.previousHash(), e.hash(), e.canonical()))) break;
        }
        // the head sealed at close remembers the board's length: entries removed from its end leave every link whole
        var verified = tx.inTransaction(() -> ballots.boardHead(id)).map(h -> walk.end(h.length(), h.hash())).orElseGet(walk::end);
        return new BoardVerification((int) verified.checked(),
                verified.firstBroken().isPresent() ? OptionalInt.of((int) verified.firstBroken().getAsLong()) : OptionalInt.empty());
    }

    Turnout turnout(BallotId id) {
        return tx.inTransaction(() -> {
            Ballot b = ballots.ballot(id).orElseThrow(() -> new BallotNotFound(id));
            return new Turnout(id, b.rollSize(), rolls.participants(id));
        });
    }

    VoterStatus statusOf(MemberId me, BallotId id) {
        return tx.inTransaction(() -> new VoterStatus(rolls.onRoll(id, me, false).isPresent(), rolls.hasVoted(id, me)));
    }
}
