package org.coopkit.governance.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;

/** What the database refuses on its own, and what the locks settle under a race (issue 14, must show). */
class DatabaseGuardsIT {
    static final Actor BOARD = Actor.system();

    @EachDatabase
    void the_constraint_uk_gov_participation_alone_refuses_a_second_vote_when_the_service_lock_is_bypassed(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        Member ada = CoreFixtures.admitted(c.core(), "Ada", "user");
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))).id());
        c.gov().voting().castVote(CoreFixtures.actor(c.core(), ada), b.id(), List.of("yes"));

        // straight to the table, no service, no row lock: only the unique constraint stands in the way
        try (Connection conn = c.db().dataSource().getConnection();
             PreparedStatement s = conn.prepareStatement("insert into gov_participation (id, ballot_id, member_id, cast_by, voted_at) values (?, ?, ?, ?, ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, b.id().toString());
            s.setString(3, ada.id().toString());
            s.setString(4, ada.id().toString());
            s.setTimestamp(5, Timestamp.from(Instant.now()));
            assertThatThrownBy(s::executeUpdate).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(Constraints.isViolation(e, "uk_gov_participation")).as(e.getMessage()).isTrue());
            conn.rollback();
        }
        assertThat(c.gov().voting().turnout(BOARD, b.id()).voted()).isEqualTo(1);
    }

    @EachDatabase
    void two_racing_mandates_to_one_holder_respect_the_one_in_twenty_cap(TestDatabase db) {
        Coop c = GovFixtures.start(db); // statutes' default: a holder carries 1/20 of the roll, at least one
        List<Actor> roll = new ArrayList<>();
        for (int i = 0; i < 39; i++) roll.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "M" + i, "user")));
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))).id());
        assertThat(c.gov().rules().proxyCap(b.rollSize())).isEqualTo(1); // 39 / 20 = 1
        var holder = roll.get(0).memberId().orElseThrow();

        var outcomes = Concurrently.run(2, 2, i -> c.gov().proxies().give(roll.get(1 + i), b.id(), holder));

        assertThat(outcomes.stream().filter(Concurrently.Outcome::ok)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.ok())).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(ProxyRefused.class).hasMessageContaining("1 mandate"));
        assertThat(c.gov().proxies().all(BOARD, java.util.Optional.of(b.id())).stream().filter(p -> p.active())).hasSize(1);
    }
}
