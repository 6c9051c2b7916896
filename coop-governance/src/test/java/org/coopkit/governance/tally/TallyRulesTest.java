package org.coopkit.governance.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting without surprises (issue 14): ties by earlier rounds, surplus never to the elected, unfilled seats, BOM, overvotes, skipped ranks. */
class TallyRulesTest {
    static List<List<String>> times(int n, String... prefs) {
        return Collections.nCopies(n, List.of(prefs));
    }

    @SafeVarargs
    static List<List<String>> concat(List<List<String>>... parts) {
        List<List<String>> all = new ArrayList<>();
        for (List<List<String>> p : parts) all.addAll(p);
        return all;
    }

    @Test
    void irv_breaks_a_tie_for_last_by_the_earlier_round_and_says_so() {
        // round 1: A 5, B 4, C 3, D 1 → D out, its ballot goes to C; round 2: B 4 and C 4 tie for last,
        // and in round 1 C had fewer (3 < 4) → C out, broken by earlier rounds, never by the draw
        List<List<String>> ballots = concat(times(5, "A"), times(4, "B"), times(3, "C"), times(1, "D", "C"));
        for (List<String> paper : List.of(List.of("A", "B", "C", "D"), List.of("D", "C", "B", "A"))) {
            TallyResult r = Tally.count(Method.IRV, 1, paper, ballots);
            assertThat(r.rounds().get(0).eliminated()).containsExactly("D");
            assertThat(r.rounds().get(1).counts().get("C")).isEqualByComparingTo("4");
            assertThat(r.rounds().get(1).eliminated()).containsExactly("C");
            assertThat(r.rounds().get(1).ties()).singleElement().satisfies(t -> {
                assertThat(t.tied()).containsExactlyInAnyOrder("B", "C");
                assertThat(t.brokenBy()).isEqualTo("earlier rounds");
                assertThat(t.chosen()).containsExactly("C");
            });
            assertThat(r.rounds().get(2).exhausted()).isEqualByComparingTo("4");
            assertThat(r.elected()).containsExactly("A");
        }
    }

    @Test
    void stv_never_passes_a_surplus_to_a_candidate_already_elected() {
        // 3 seats, 12 ballots, Droop quota 4. A (6) and B (5) are elected in round 1. A's surplus of 2
        // skips B (elected, surplus pending) and goes to C at 1/3 a ballot; B keeps exactly its own 5.
        List<List<String>> ballots = concat(times(6, "A", "B", "C"), times(5, "B", "C"), times(1, "D"));
        TallyResult r = Tally.count(Method.STV, 3, List.of("A", "B", "C", "D"), ballots);

        assertThat(r.rounds().get(0).elected()).containsExactly("A", "B");
        Round second = r.rounds().get(1);
        assertThat(second.counts().get("B")).isEqualByComparingTo("5");
        assertThat(second.counts().get("C")).isEqualByComparingTo("1.999999998");
        assertThat(r.rounds()).allSatisfy(round -> assertThat(round.counts().getOrDefault("B", BigDecimal.ZERO)).isLessThanOrEqualTo(new BigDecimal("5")));
        assertThat(r.elected()).containsExactly("A", "B", "C");
        assertThat(r.unfilledSeats()).isZero();
    }

    @Test
    void seats_no_candidate_can_fill_are_reported_as_unfilled() {
        TallyResult r = Tally.count(Method.STV, 3, List.of("A", "B"), concat(times(3, "A"), times(2, "B")));
        assertThat(r.elected()).containsExactlyInAnyOrder("A", "B");
        assertThat(r.unfilledSeats()).isEqualTo(1);
        assertThat(TallyFormats.text(r)).contains("Unfilled seats: 1");
        assertThat(TallyFormats.json(r)).contains("\"unfilledSeats\" : 1");
    }

    @Test
    void a_byte_order_mark_from_a_spreadsheet_is_not_a_candidate_and_does_not_change_the_winner() throws IOException {
        String file = "Alice\nBob\nBob\nCarol,Alice\nAlice\n";
        BallotCsv.Ballots plain = BallotCsv.read(new StringReader(file));
        BallotCsv.Ballots withBom = BallotCsv.read(new StringReader("\uFEFF" + file));
        assertThat(withBom.candidates()).containsExactly("Alice", "Bob", "Carol");
        assertThat(withBom.ballots()).isEqualTo(plain.ballots());
        assertThat(Tally.count(Method.IRV, 1, withBom.candidates(), withBom.ballots()).elected()).containsExactly("Alice");
    }

    @Test
    void an_overvote_exhausts_or_skips_and_skipped_ranks_follow_the_documented_limit() throws IOException {
        String file = "Alice=Bob,Carol\nAlice,,,Bob\n";
        BallotCsv.Ballots exhaust = BallotCsv.read(new StringReader(file));
        assertThat(exhaust.candidates()).containsExactly("Alice", "Bob", "Carol");
        assertThat(exhaust.ballots()).containsExactly(List.of(), List.of("Alice", "Bob"));
        assertThat(exhaust.overvotes()).isEqualTo(1);

        BallotCsv.Ballots skip = BallotCsv.read(new StringReader(file), new BallotCsv.Rules(BallotCsv.Overvote.SKIP, 1));
        assertThat(skip.ballots()).containsExactly(List.of("Carol"), List.of("Alice"));

        TallyResult r = Tally.count(Method.IRV, 1, exhaust.candidates(), exhaust.ballots());
        assertThat(r.firstRound().exhausted()).isEqualByComparingTo("1");
    }
}
