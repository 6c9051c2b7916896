package org.coopkit.governance.ballots;

import java.util.List;
import java.util.OptionalInt;
import org.coopkit.core.audit.Hashes;
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

    BoardVerification verifyBoard(BallotId id) {
        List<BoardEntry> board = board(id);
        String prev = Hashes.GENESIS;
        for (int i = 0; i < board.size(); i++) {
            BoardEntry e = board.get(i);
            if (e.seq() != i + 1 || !prev.equals(e.previousHash()) || !Hashes.chain(prev, e.canonical()).equals(e.hash())) {
                return new BoardVerification(i, OptionalInt.of(i + 1));
            }
            prev = e.hash();
        }
        return new BoardVerification(board.size(), OptionalInt.empty());
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
