package org.coopkit.governance.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.tally.Method;

class VotingIT {
    static final Actor BOARD = Actor.system();

    static Ballot openResolution(Coop c, BallotSpec spec) {
        Ballot b = c.gov().voting().create(BOARD, spec);
        return c.gov().voting().open(BOARD, b.id());
    }

    static BallotSpec resolution(Coop c) {
        return BallotSpec.resolution("Buy a 13th car?", c.now(), c.inHours(48));
    }

    @EachDatabase
    void a_member_votes_gets_a_receipt_and_after_close_finds_it_on_the_board_and_the_recount_matches(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> voters = new ArrayList<>();
        for (int i = 0; i < 5; i++) voters.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "V" + i, "user")));
        Ballot b = openResolution(c, resolution(c));
        assertThat(b.rollSize()).isEqualTo(5);

        Receipt mine = c.gov().voting().castVote(voters.get(0), b.id(), List.of("yes"));
        c.gov().voting().castVote(voters.get(1), b.id(), List.of("yes"));
        c.gov().voting().castVote(voters.get(2), b.id(), List.of("no"));
        c.gov().voting().castVote(voters.get(3), b.id(), List.of("abstain"));
        assertThatThrownBy(() -> c.gov().voting().results(b.id())).isInstanceOf(ResultsHidden.class);
        assertThatThrownBy(() -> c.gov().voting().board(b.id())).isInstanceOf(ResultsHidden.class);
        assertThat(c.gov().voting().turnout(BOARD, b.id()).voted()).isEqualTo(4);

        BallotResult official = GovFixtures.closeNow(c, b.id());

        assertThat(official.adopted()).contains(true);
        assertThat(official.tally().firstRound().counts().get("yes")).isEqualByComparingTo("2");
        List<BoardEntry> board = c.gov().voting().board(b.id());
        assertThat(board).hasSize(4).anySatisfy(e -> {
            assertThat(e.trackingCode()).isEqualTo(mine.trackingCode());
            assertThat(e.choice()).containsExactly("yes");
        });
        assertThat(Results.compute(c.gov().voting().get(Actor.system(), b.id()), board, c.core().statutes())).isEqualTo(official);
        assertThat(c.gov().voting().verifyBoard(b.id()).intact()).isTrue();
    }

    @EachDatabase
    void a_hundred_concurrent_votes_by_one_member_count_once(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = openResolution(c, resolution(c));

        var outcomes = Concurrently.run(100, 16, i -> c.gov().voting().castVote(ada, b.id(), List.of(i % 2 == 0 ? "yes" : "no")));

        assertThat(outcomes.stream().filter(Concurrently.Outcome::ok)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.ok())).allSatisfy(o -> assertThat(o.error()).isInstanceOf(AlreadyVoted.class));
        GovFixtures.closeNow(c, b.id());
        assertThat(c.gov().voting().board(b.id())).hasSize(1);
    }

    @EachDatabase
    void with_revoting_the_last_vote_replaces_the_earlier_one_also_under_concurrency(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot open = openResolution(c, resolution(c).withRevoting().withSecrecy(Secrecy.OPEN));
        var outcomes = Concurrently.run(100, 16, i -> c.gov().voting().castVote(ada, open.id(), List.of(i % 3 == 0 ? "yes" : "no")));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        Receipt last = c.gov().voting().castVote(ada, open.id(), List.of("abstain"));
        GovFixtures.closeNow(c, open.id());
        assertThat(c.gov().voting().board(open.id())).singleElement().satisfies(e -> {
            assertThat(e.trackingCode()).isEqualTo(last.trackingCode());
            assertThat(e.choice()).containsExactly("abstain");
        });

        Ballot secret = openResolution(c, resolution(c).withRevoting());
        Receipt first = c.gov().voting().castVote(ada, secret.id(), List.of("yes"));
        assertThatThrownBy(() -> c.gov().voting().castVote(ada, secret.id(), List.of("no"))).isInstanceOf(AlreadyVoted.class)
                .hasMessageContaining("tracking code of your previous vote");
        Receipt second = c.gov().voting().castVote(ada, secret.id(), List.of("no"), Optional.empty(), Optional.of(first.trackingCode()));
        GovFixtures.closeNow(c, secret.id());
        assertThat(c.gov().voting().board(secret.id())).singleElement()
                .satisfies(e -> assertThat(e.trackingCode()).isEqualTo(second.trackingCode()));
    }

    @EachDatabase
    void non_members_suspended_late_admitted_early_and_late_voters_are_refused_and_nothing_is_stored(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        Member ok = CoreFixtures.admitted(c.core(), "Ok", "user");
        Member suspended = CoreFixtures.admitted(c.core(), "Sus", "user");
        Member applicant = CoreFixtures.applicant(c.core(), "App", "user");
        Ballot b = c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.inHours(1), c.inHours(5)));
        b = c.gov().voting().open(BOARD, b.id());
        Member late = CoreFixtures.admitted(c.core(), "Late", "user");
        c.core().members().suspend(BOARD, suspended.id(), "unpaid shares");
        BallotId id = b.id();

        assertThatThrownBy(() -> c.gov().voting().castVote(CoreFixtures.actor(c.core(), ok), id, List.of("yes")))
                .isInstanceOf(BallotNotOpen.class).hasMessageContaining("not open yet");
        c.clock().advance(Duration.ofHours(2));
        assertThatThrownBy(() -> c.gov().voting().castVote(Actor.member(applicant.id()), id, List.of("yes"))).isInstanceOf(NotOnRoll.class);
        assertThatThrownBy(() -> c.gov().voting().castVote(CoreFixtures.actor(c.core(), late), id, List.of("yes"))).isInstanceOf(NotOnRoll.class);
        assertThatThrownBy(() -> c.gov().voting().castVote(Actor.member(suspended.id()), id, List.of("yes"))).isInstanceOf(NotOnRoll.class);
        assertThatThrownBy(() -> c.gov().voting().castVote(CoreFixtures.actor(c.core(), ok), id, List.of("maybe")))
                .isInstanceOf(InvalidChoice.class).hasMessageContaining("'maybe' is not an option");
        assertThatThrownBy(() -> c.gov().voting().castVote(Actor.anonymous(), id, List.of("yes")))
                .isInstanceOf(org.coopkit.core.actors.NotAuthenticated.class);
        c.clock().advance(Duration.ofHours(4));
        assertThatThrownBy(() -> c.gov().voting().castVote(CoreFixtures.actor(c.core(), ok), id, List.of("yes")))
                .isInstanceOf(BallotNotOpen.class).hasMessageContaining("closed");

        assertThat(c.gov().voting().turnout(BOARD, id).voted()).isZero();
        GovFixtures.closeNow(c, id);
        assertThat(c.gov().voting().board(id)).isEmpty();
    }

    @EachDatabase
    void no_table_joins_a_secret_choice_to_a_member(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot b = openResolution(c, resolution(c));
        c.gov().voting().castVote(ada, b.id(), List.of("yes"));

        try (Connection conn = c.db().dataSource().getConnection()) {
            var md = conn.getMetaData();
            try (ResultSet cols = md.getColumns(conn.getCatalog(), conn.getSchema(), "%", "%")) {
                java.util.Map<String, List<String>> columns = new java.util.HashMap<>();
                while (cols.next()) {
                    String t = cols.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (t.startsWith("gov_")) columns.computeIfAbsent(t, k -> new ArrayList<>()).add(cols.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                columns.forEach((table, cs) -> {
                    boolean choice = cs.contains("choice");
                    boolean member = cs.stream().anyMatch(x -> x.contains("member") || x.equals("cast_by") || x.endsWith("voter_id"));
                    assertThat(choice && member).as("%s joins a choice to a member: %s", table, cs).isFalse();
                });
            }
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("select count(*) from gov_open_votes")) {
                rs.next();
                assertThat(rs.getInt(1)).as("a secret ballot records no open vote").isZero();
            }
            conn.rollback();
        }
    }

    @EachDatabase
    void editing_a_stored_choice_in_sql_is_caught_by_the_board_chain(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 4; i++) voters.add(CoreFixtures.admitted(c.core(), "V" + i, "user"));
        Ballot b = openResolution(c, resolution(c));
        for (Member m : voters) c.gov().voting().castVote(CoreFixtures.actor(c.core(), m), b.id(), List.of("no"));
        GovFixtures.closeNow(c, b.id());
        try (Connection conn = c.db().dataSource().getConnection(); Statement s = conn.createStatement()) {
            s.executeUpdate("update gov_ballot_box set choice = '[\"yes\"]' where seq = 3");
            conn.commit();
        }
        BoardVerification v = c.gov().voting().verifyBoard(b.id());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).hasValue(3);
    }

    @EachDatabase
    void deleting_the_last_entry_of_the_board_in_sql_is_caught_by_the_head_stored_at_close(TestDatabase db) throws Exception {
        Coop c = GovFixtures.start(db);
        List<Member> voters = new ArrayList<>();
        for (int i = 0; i < 3; i++) voters.add(CoreFixtures.admitted(c.core(), "W" + i, "user"));
        Ballot b = openResolution(c, resolution(c));
        for (Member m : voters) c.gov().voting().castVote(CoreFixtures.actor(c.core(), m), b.id(), List.of("no"));
        GovFixtures.closeNow(c, b.id());
        assertThat(c.gov().voting().verifyBoard(b.id()).intact()).isTrue();
        try (Connection conn = c.db().dataSource().getConnection(); Statement s = conn.createStatement()) {
            s.executeUpdate("delete from gov_ballot_box where ballot_id = '" + b.id() + "' and seq = 3");
            conn.commit();
        }
        BoardVerification v = c.gov().voting().verifyBoard(b.id());
        assertThat(v.intact()).as("the board lost its last vote: every remaining link holds, but the head remembers three").isFalse();
        assertThat(v.checked()).isEqualTo(2);
        assertThat(v.firstBroken()).hasValue(3);
    }

    @EachDatabase
    void an_adopted_resolution_applies_its_decision_exactly_once_and_a_rejected_one_never(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        c.decisions().register("test.thing", (id, d) -> applied.incrementAndGet());
        Actor ada = CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "Ada", "user"));
        Ballot yes = openResolution(c, resolution(c).with(new Decision("test.thing", "{}")));
        c.gov().voting().castVote(ada, yes.id(), List.of("yes"));
        GovFixtures.closeNow(c, yes.id());
        assertThatThrownBy(() -> GovFixtures.closeNow(c, yes.id())).isInstanceOf(IllegalBallotTransition.class);
        assertThatThrownBy(() -> c.gov().voting().retryDecision(BOARD, yes.id())).isInstanceOf(DecisionNotRetryable.class);
        assertThat(applied).hasValue(1);
        assertThat(c.gov().voting().decision(yes.id())).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DecisionStatus.APPLIED));

        Ballot no = openResolution(c, resolution(c).with(new Decision("test.thing", "{\"second\":true}")));
        c.gov().voting().castVote(ada, no.id(), List.of("no"));
        GovFixtures.closeNow(c, no.id());
        assertThat(applied).hasValue(1);
        assertThat(c.gov().voting().decision(no.id())).isEmpty();
        assertThatThrownBy(() -> c.gov().voting().retryDecision(BOARD, no.id())).isInstanceOf(DecisionNotRetryable.class);
        assertThat(applied).as("a rejected resolution's decision is never applied, not even by a retry").hasValue(1);
        assertThatThrownBy(() -> c.gov().voting().create(BOARD, resolution(c).with(new Decision("unknown.kind", "{}"))))
                .isInstanceOf(org.coopkit.core.decisions.UnknownDecisionKind.class);
        assertThatThrownBy(() -> c.gov().voting().create(ada, resolution(c))).isInstanceOf(AccessDenied.class);
    }

    @EachDatabase
    void ranked_ballots_are_counted_by_irv_with_every_round(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> v = new ArrayList<>();
        for (int i = 0; i < 5; i++) v.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), "V" + i, "user")));
        Ballot b = openResolution(c, BallotSpec.choice("Name of the co-op car app", List.of("Roule", "Partage", "Voiture"), Method.IRV, 1, c.now(), c.inHours(24)));
        c.gov().voting().castVote(v.get(0), b.id(), List.of("Roule", "Partage"));
        c.gov().voting().castVote(v.get(1), b.id(), List.of("Roule"));
        c.gov().voting().castVote(v.get(2), b.id(), List.of("Partage", "Roule"));
        c.gov().voting().castVote(v.get(3), b.id(), List.of("Voiture", "Partage"));
        c.gov().voting().castVote(v.get(4), b.id(), List.of("Partage", "Voiture"));
        assertThatThrownBy(() -> c.gov().voting().castVote(v.get(0), b.id(), List.of("Roule", "Roule"))).isInstanceOf(InvalidChoice.class);
        assertThatThrownBy(() -> c.gov().voting().castVote(v.get(0), b.id(), List.of("Partage"))).isInstanceOf(AlreadyVoted.class);
        BallotResult r = GovFixtures.closeNow(c, b.id());
        assertThat(r.tally().rounds()).hasSize(2);
        assertThat(r.tally().rounds().get(0).eliminated()).containsExactly("Voiture");
        assertThat(r.tally().elected()).containsExactly("Partage");
    }
}
