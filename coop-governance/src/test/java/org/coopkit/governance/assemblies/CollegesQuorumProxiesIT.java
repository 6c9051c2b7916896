package org.coopkit.governance.assemblies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.members.Member;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.statutes.VotingCollege;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.GovernanceRules;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.ProxyRefused;
import org.coopkit.governance.ballots.Receipt;

class CollegesQuorumProxiesIT {
    static final Actor BOARD = Actor.system();

    static List<Actor> members(Coop c, int n, String category) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(CoreFixtures.actor(c.core(), CoreFixtures.admitted(c.core(), category + i, category)));
        return out;
    }

    @EachDatabase
    void a_college_of_three_members_weighs_as_the_statutes_set_whatever_its_size(TestDatabase db) {
        CoopStatutes scic = CoopStatutes.defaults().withColleges(List.of(
                new VotingCollege("users", "Users", new BigDecimal("50"), Set.of("user")),
                new VotingCollege("providers", "Providers", new BigDecimal("30"), Set.of("provider")),
                new VotingCollege("others", "Others", new BigDecimal("20"), Set.of("worker", "supporter"))));
        Coop c = GovFixtures.start(db, scic, GovFixtures.ANY_PERIOD);
        List<Actor> users = members(c, 12, "user");
        List<Actor> providers = members(c, 3, "provider");
        List<Actor> workers = members(c, 2, "worker");
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Raise the per-km price?", c.now(), c.inHours(24))).id());

        users.forEach(u -> c.gov().voting().castVote(u, b.id(), List.of("no")));          // 12 users: all no
        providers.forEach(p -> c.gov().voting().castVote(p, b.id(), List.of("yes")));     // 3 providers: all yes
        workers.forEach(w -> c.gov().voting().castVote(w, b.id(), List.of("yes")));       // 2 workers: all yes

        BallotResult r = GovFixtures.closeNow(c, b.id());
        // raw: 12 no against 5 yes; weighted: yes = 30% + 20% = 50%, no = 50% → not a majority
        assertThat(r.tally().firstRound().counts().get("no")).isEqualByComparingTo("12");
        assertThat(r.colleges()).filteredOn(x -> x.college().equals("providers")).singleElement()
                .satisfies(x -> assertThat(x.counts()).containsEntry("yes", 3L));
        assertThat(r.weightedPercent().get("yes")).isEqualByComparingTo("50");
        assertThat(r.weightedPercent().get("no")).isEqualByComparingTo("50");
        assertThat(r.adopted()).contains(false);
    }

    @EachDatabase
    void weighted_shares_leave_abstentions_out_as_the_rule_says_and_one_line_says_the_weighted_figure_decides(TestDatabase db) {
        CoopStatutes scic = CoopStatutes.defaults().withColleges(List.of(
                new VotingCollege("users", "Users", new BigDecimal("50"), Set.of("user")),
                new VotingCollege("providers", "Providers", new BigDecimal("30"), Set.of("provider")),
                new VotingCollege("others", "Others", new BigDecimal("20"), Set.of("worker", "supporter"))));
        Coop c = GovFixtures.start(db, scic, GovFixtures.ANY_PERIOD);
        List<Actor> users = members(c, 4, "user");
        Actor provider = members(c, 1, "provider").get(0);
        Actor worker = members(c, 1, "worker").get(0);
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Open a second garage?", c.now(), c.inHours(24))).id());
        c.gov().voting().castVote(users.get(0), b.id(), List.of("no"));
        for (int i = 1; i < 4; i++) c.gov().voting().castVote(users.get(i), b.id(), List.of("abstain"));
        c.gov().voting().castVote(provider, b.id(), List.of("yes"));
        c.gov().voting().castVote(worker, b.id(), List.of("yes"));

        BallotResult r = GovFixtures.closeNow(c, b.id());

        // users cast one vote, no: their 50% is all no (counting abstentions, it would be 12.5% no and yes would pass)
        assertThat(r.weightedPercent().get("no")).isEqualByComparingTo("50");
        assertThat(r.weightedPercent().get("yes")).isEqualByComparingTo("50");
        assertThat(r.adopted()).contains(false);
        assertThat(r.decides()).startsWith("The result weighted by voting college decides");
    }

    @EachDatabase
    void quorum_is_checked_against_the_roll_exactly_at_the_threshold_and_decides_adoption(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        AtomicInteger applied = new AtomicInteger();
        c.decisions().register("test.allocation", (id, d) -> applied.incrementAndGet());
        List<Actor> ten = members(c, 10, "user");

        // ordinary, first call: 1/5 of 10 = 2 voters needed
        Assembly first = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM 2026", LocalDate.of(2026, 6, 1), c.now(), null);
        Ballot r1 = c.gov().assemblies().addResolution(BOARD, first.id(),
                BallotSpec.resolution("Allocate the 2025 surplus", c.now(), c.inHours(4)).with(new Decision("test.allocation", "{}")));
        c.gov().voting().open(BOARD, r1.id());
        c.gov().voting().castVote(ten.get(0), r1.id(), List.of("yes"));
        AssemblyResult missed = c.gov().assemblies().close(BOARD, first.id(), Assembly.Call.FIRST);
        assertThat(missed.quorumMet()).isFalse();
        assertThat(missed.resolutions()).singleElement().satisfies(x -> assertThat(x.adopted()).isFalse());
        assertThat(c.gov().voting().get(Actor.system(), r1.id()).adopted()).as("the resolution's own page must not say adopted").contains(false);
        assertThat(applied).hasValue(0);

        Assembly again = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM 2026 (bis)", LocalDate.of(2026, 6, 1), c.now(), c.inHours(24));
        Ballot r2 = c.gov().assemblies().addResolution(BOARD, again.id(),
                BallotSpec.resolution("Allocate the 2025 surplus", c.now(), c.inHours(4)).with(new Decision("test.allocation", "{}")));
        c.gov().voting().open(BOARD, r2.id());
        c.gov().voting().castVote(ten.get(0), r2.id(), List.of("yes"));
        c.gov().voting().castVote(ten.get(1), r2.id(), List.of("abstain")); // takes part, but is not a vote cast
        AssemblyResult met = c.gov().assemblies().close(BOARD, again.id(), Assembly.Call.FIRST);
        assertThat(met.participants()).isEqualTo(2);
        assertThat(met.quorumMet()).isTrue();
        assertThat(met.resolutions()).singleElement().satisfies(x -> assertThat(x.adopted()).isTrue());
        assertThat(applied).hasValue(1);
    }

    @EachDatabase
    void extraordinary_resolutions_need_two_thirds_of_votes_cast(TestDatabase db) {
        Coop c = GovFixtures.start(db);
        List<Actor> nine = members(c, 9, "user");
        Assembly a = c.gov().assemblies().convene(BOARD, AssemblyKind.EXTRAORDINARY, "Change of statutes", LocalDate.of(2026, 6, 1), c.now(), c.inHours(48));
        Ballot exactly = c.gov().assemblies().addResolution(BOARD, a.id(), BallotSpec.resolution("Exactly 2/3", c.now(), c.inHours(4)));
        Ballot below = c.gov().assemblies().addResolution(BOARD, a.id(), BallotSpec.resolution("Below 2/3", c.now(), c.inHours(4)));
        c.gov().voting().open(BOARD, exactly.id());
        c.gov().voting().open(BOARD, below.id());
        for (int i = 0; i < 9; i++) {
            c.gov().voting().castVote(nine.get(i), exactly.id(), List.of(i < 4 ? "yes" : i < 6 ? "no" : "abstain")); // 4 yes, 2 no, 3 abstain
            c.gov().voting().castVote(nine.get(i), below.id(), List.of(i < 5 ? "yes" : "no"));                          // 5 yes, 4 no
        }
        AssemblyResult r = c.gov().assemblies().close(BOARD, a.id(), Assembly.Call.FIRST);
        assertThat(r.quorumMet()).isTrue();
        assertThat(r.resolutions()).extracting(AssemblyResult.Resolution::adopted).containsExactly(true, false);
    }

    @EachDatabase
    void proxies_are_capped_per_holder_and_voting_in_person_revokes_them(TestDatabase db) {
        Coop c = GovFixtures.start(db, CoopStatutes.defaults(), GovFixtures.ANY_PERIOD.withProxyCap(1));
        List<Actor> m = members(c, 4, "user");
        Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(24))).id());
        var holder = m.get(0);
        var holderId = holder.memberId().orElseThrow();

        c.gov().proxies().accept(holder, c.gov().proxies().give(m.get(1), b.id(), holderId).id());
        assertThatThrownBy(() -> c.gov().proxies().give(m.get(2), b.id(), holderId)).isInstanceOf(ProxyRefused.class)
                .hasMessageContaining("1 mandate");
        Receipt byProxy = c.gov().voting().castVote(holder, b.id(), List.of("yes"), m.get(1).memberId(), Optional.empty());
        assertThat(byProxy.trackingCode()).isNotBlank();

        c.gov().proxies().give(m.get(3), m.get(3) == null ? null : b.id(), m.get(2).memberId().orElseThrow());
        c.gov().voting().castVote(m.get(3), b.id(), List.of("no")); // votes in person: the proxy is revoked
        assertThat(c.gov().proxies().all(BOARD, Optional.of(b.id()))).hasSize(2)
                .anySatisfy(p -> assertThat(p.revokedWhy()).contains("voted in person"));
        assertThatThrownBy(() -> c.gov().voting().castVote(m.get(2), b.id(), List.of("yes"), m.get(3).memberId(), Optional.empty()))
                .isInstanceOf(org.coopkit.core.actors.AccessDenied.class);
        Member outsider = CoreFixtures.admitted(c.core(), "Late", "user");
        assertThatThrownBy(() -> c.gov().proxies().give(m.get(2), b.id(), outsider.id())).isInstanceOf(ProxyRefused.class)
                .hasMessageContaining("on this ballot's roll");
    }
}
