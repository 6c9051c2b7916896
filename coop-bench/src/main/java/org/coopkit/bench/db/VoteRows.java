package org.coopkit.bench.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;

/**
 * {@code castVote} on a secret ballot (every member of the roll votes once), on 1 and 8 threads,
 * against the raw INSERTs of a vote (the participation row and the ballot-box row) in one
 * transaction, on a ballot of its own with the same roll.
 */
final class VoteRows {
    private final BenchCoop coop;
    private final String db;
    private int ballots;

    VoteRows(BenchCoop coop, String db) {
        this.coop = coop;
        this.db = db;
    }

    private Ballot openBallot() {
        BallotSpec spec = BallotSpec.resolution("Bench resolution " + (++ballots), BenchCoop.NOW, BenchCoop.NOW.plus(Duration.ofDays(8)));
        return coop.gov().voting().createAndOpen(Actor.system(), spec);
    }

    /** Every member of {@code roll} (the co-op's members: the ballot's roll) votes once, on each side. */
    Row votes(List<Member> roll, int threads, int repetitions) throws Exception {
        Row row = new Row("castVote, secret ballot, roll " + roll.size() + ", " + threads + " thread" + (threads > 1 ? "s" : ""), db,
                "votes/s", "≥ 0.5");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < repetitions; r++) {
                Ballot a = openBallot();
                AtomicInteger next = new AtomicInteger();
                long coopNanos = JournalRows.parallel(pool, threads, () -> {
                    for (int i = next.getAndIncrement(); i < roll.size(); i = next.getAndIncrement()) {
                        coop.gov().voting().castVote(Actor.member(roll.get(i).id()), a.id(), List.of(i % 2 == 0 ? "yes" : "no"));
                    }
                    return null;
                });
                Ballot b = openBallot();
                AtomicInteger nextBase = new AtomicInteger();
                long baseNanos = JournalRows.parallel(pool, threads, () -> {
                    for (int i = nextBase.getAndIncrement(); i < roll.size(); i = nextBase.getAndIncrement()) {
                        int n = i;
                        JournalRows.retrying(() -> rawVote(b, roll.get(n), n));
                    }
                    return null;
                });
                row.add(roll.size(), coopNanos, roll.size(), baseNanos);
            }
        } finally {
            pool.shutdown();
        }
        return row;
    }

    private void rawVote(Ballot b, Member m, int i) throws Exception {
        try (Connection c = coop.db().dataSource().getConnection()) {
            try (PreparedStatement p = c.prepareStatement("insert into gov_participation (id, ballot_id, member_id, cast_by, voted_at) values (?,?,?,?,?)")) {
                p.setString(1, UUID.randomUUID().toString());
                p.setString(2, b.id().toString());
                p.setString(3, m.id().toString());
                p.setString(4, m.id().toString());
                if (coop.db().kind() == DatabaseKind.MARIADB) p.setTimestamp(5, java.sql.Timestamp.from(BenchCoop.NOW));
                else p.setObject(5, BenchCoop.NOW.atOffset(java.time.ZoneOffset.UTC));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into gov_ballot_box (tracking_code, ballot_id, choice, college) values (?,?,?,null)")) {
                p.setString(1, UUID.randomUUID().toString().substring(0, 20));
                p.setString(2, b.id().toString());
                p.setString(3, i % 2 == 0 ? "[\"yes\"]" : "[\"no\"]");
                p.executeUpdate();
            }
            c.commit();
            if (coop.db().kind() == DatabaseKind.H2) {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        }
    }
}
