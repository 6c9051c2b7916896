package org.coopkit.governance.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;

/**
 * The statements a vote sends, counted (docs/performance.md): a regression shows here without
 * timing anything. A vote on a secret ballot without revoting: the ballot (shared lock), the roll
 * row, the member, the voter's proxy, the participation and the ballot-box rows, and the audit
 * record in the voter's own stream of that ballot (its head inserted at the record, the record):
 * 8. Before the stream per voter it was 9 (the ballot's head locked, the record, the head moved),
 * and the votes of one ballot waited for one another on that head.
 */
class VoteStatementsIT {

    @EachDatabase
    void a_vote_on_a_secret_ballot_sends_at_most_eight_statements_and_a_second_vote_is_still_refused(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> voters = new ArrayList<>();
        for (int i = 0; i < 6; i++) voters.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "V" + i, "user")));
        Ballot b = VotingIT.openResolution(c, VotingIT.resolution(c));
        Transactions tx = c.db().transactions();
        c.gov().voting().castVote(voters.get(0), b.id(), List.of("yes")); // warm

        long before = tx.statementsOnThisThread();
        for (int i = 1; i < 6; i++) c.gov().voting().castVote(voters.get(i), b.id(), List.of(i % 2 == 0 ? "yes" : "no"));
        long statements = tx.statementsOnThisThread() - before;

        assertThat(statements).as("statements of 5 votes on " + db).isLessThanOrEqualTo(5 * 8);
        assertThatThrownBy(() -> c.gov().voting().castVote(voters.get(3), b.id(), List.of("yes"))).isInstanceOf(AlreadyVoted.class);
        assertThat(c.gov().voting().turnout(Actor.system(), b.id()).voted()).isEqualTo(6);
        // each vote opened a stream of its own, still about the ballot, and every chain verifies
        assertThat(c.core().audit().about(b.id().toString())).filteredOn(r -> r.action().equals("gov.voted"))
                .extracting(r -> r.stream() + "#" + r.sequence()).hasSize(6).doesNotHaveDuplicates().allMatch(k -> k.endsWith("#1"));
        assertThat(c.core().audit().verify().intact()).isTrue();
    }

    @EachDatabase
    void the_voters_proxy_is_found_by_an_index_on_ballot_and_grantor(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection conn = c.db().dataSource().getConnection()) {
            String table = db.kind() == org.coopkit.core.persistence.DatabaseKind.H2 ? "GOV_PROXIES" : "gov_proxies";
            try (ResultSet rs = conn.getMetaData().getIndexInfo(conn.getCatalog(), conn.getSchema(), table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") == null) continue;
                    indexes.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            }
        }
        assertThat(indexes).containsEntry("ix_gov_proxies_ballot_grantor", List.of("1:ballot_id", "2:grantor_id"));
    }
}
