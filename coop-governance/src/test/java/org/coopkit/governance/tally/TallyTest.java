package org.coopkit.governance.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class TallyTest {
    static List<List<String>> times(int n, String... prefs) {
        return Collections.nCopies(n, List.of(prefs));
    }

    static List<List<String>> concat(List<List<String>>... parts) {
        List<List<String>> all = new ArrayList<>();
        for (List<List<String>> p : parts) all.addAll(p);
        return all;
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    /** The Tennessee capital example (Wikipedia, "Instant-runoff voting"): Knoxville wins in round 3. */
    @Test
    void irv_elects_knoxville_in_the_tennessee_example_round_by_round() {
        List<String> cities = List.of("Memphis", "Nashville", "Chattanooga", "Knoxville");
        List<List<String>> ballots = concat(
                times(42, "Memphis", "Nashville", "Chattanooga", "Knoxville"),
                times(26, "Nashville", "Chattanooga", "Knoxville", "Memphis"),
                times(15, "Chattanooga", "Knoxville", "Nashville", "Memphis"),
                times(17, "Knoxville", "Chattanooga", "Nashville", "Memphis"));

        TallyResult r = Tally.count(Method.IRV, 1, cities, ballots);

        assertThat(r.rounds()).hasSize(3);
        assertThat(r.rounds().get(0).counts()).containsEntry("Memphis", n("42")).containsEntry("Nashville", n("26"))
                .containsEntry("Chattanooga", n("15")).containsEntry("Knoxville", n("17"));
        assertThat(r.rounds().get(0).eliminated()).containsExactly("Chattanooga");
        assertThat(r.rounds().get(1).counts()).containsEntry("Memphis", n("42")).containsEntry("Nashville", n("26")).containsEntry("Knoxville", n("32"));
        assertThat(r.rounds().get(1).eliminated()).containsExactly("Nashville");
        assertThat(r.rounds().get(2).counts()).containsEntry("Memphis", n("42")).containsEntry("Knoxville", n("58"));
        assertThat(r.elected()).containsExactly("Knoxville");
    }

    /** The "food election" of Wikipedia's STV article: 20 voters, 3 seats, Droop quota 6. */
    @Test
    void stv_elects_chocolate_oranges_and_strawberries_with_fractional_surplus_transfer() {
        List<String> foods = List.of("Oranges", "Pears", "Chocolate", "Strawberries", "Sweets");
        List<List<String>> ballots = concat(
                times(4, "Oranges"),
                times(2, "Pears", "Oranges"),
                times(8, "Chocolate", "Strawberries"),
                times(4, "Chocolate", "Sweets"),
                times(1, "Strawberries"),
                times(1, "Sweets"));

        TallyResult r = Tally.count(Method.STV, 3, foods, ballots);

        Round first = r.rounds().get(0);
        assertThat(first.counts().get("Chocolate")).isEqualByComparingTo("12");
        assertThat(first.counts().get("Oranges")).isEqualByComparingTo("4");
        assertThat(first.counts().get("Pears")).isEqualByComparingTo("2");
        assertThat(first.elected()).containsExactly("Chocolate");
        // Chocolate's surplus of 6 moves at 6/12 = 0.5 per ballot: Strawberries +4, Sweets +2
        Round second = r.rounds().get(1);
        assertThat(second.counts().get("Strawberries")).isEqualByComparingTo("5");
        assertThat(second.counts().get("Sweets")).isEqualByComparingTo("3");
        assertThat(second.eliminated()).containsExactly("Pears");
        assertThat(r.rounds().get(2).counts().get("Oranges")).isEqualByComparingTo("6");
        assertThat(r.rounds().get(2).elected()).containsExactly("Oranges");
        assertThat(r.elected()).containsExactly("Chocolate", "Oranges", "Strawberries");
    }

    @Test
    void plurality_approval_and_yes_no_count_in_one_round_ignoring_unknown_blank_and_repeated_names() {
        TallyResult p = Tally.count(Method.PLURALITY, 1, List.of("A", "B"),
                List.of(List.of("A"), List.of("B"), List.of("A"), List.of("  "), List.of("Zed"), List.of("B", "A")));
        assertThat(p.rounds()).hasSize(1);
        assertThat(p.firstRound().counts()).containsEntry("A", n("2")).containsEntry("B", n("2"));
        assertThat(p.firstRound().exhausted()).isEqualByComparingTo("2");
        // a tie for the seat is broken by the seeded draw, recorded, and independent of the paper order
        assertThat(p.firstRound().ties()).singleElement().satisfies(t -> {
            assertThat(t.at()).isEqualTo("seat");
            assertThat(t.tied()).containsExactly("A", "B");
            assertThat(t.brokenBy()).isEqualTo("draw");
        });
        assertThat(p.elected()).containsExactly(Tally.drawOrder(p.seed(), 1, List.of("A", "B")).get(0));
        assertThat(Tally.count(Method.PLURALITY, 1, List.of("B", "A"),
                List.of(List.of("A"), List.of("B"), List.of("A"), List.of("  "), List.of("Zed"), List.of("B", "A"))).elected()).isEqualTo(p.elected());

        TallyResult a = Tally.count(Method.APPROVAL, 2, List.of("A", "B", "C"),
                List.of(List.of("A", "B", "A"), List.of("B", "C"), List.of("B")));
        assertThat(a.firstRound().counts()).containsEntry("A", n("1")).containsEntry("B", n("3")).containsEntry("C", n("1"));
        assertThat(a.elected()).containsExactly("B", "A");
    }

    @Test
    void irv_breaks_a_tie_for_last_that_earlier_rounds_cannot_by_a_seeded_draw_not_by_ballot_position() {
        // round 1: A 3, B 2, C 2 → B and C tie for last; no earlier round → the draw decides, recorded with its seed
        List<List<String>> ballots = concat(times(3, "A"), times(2, "B", "A"), times(2, "C", "B"));
        TallyResult r = Tally.count(Method.IRV, 1, List.of("A", "B", "C"), ballots, "published-seed");
        String out = Tally.drawOrder("published-seed", 1, List.of("B", "C")).get(0);
        assertThat(r.rounds().get(0).eliminated()).containsExactly(out);
        assertThat(r.rounds().get(0).ties()).containsExactly(new TieBreak(1, "elimination", List.of("B", "C"), "draw", List.of(out)));
        assertThat(r.seed()).isEqualTo("published-seed");
        // the same count whatever the order of candidates or of ballot lines
        List<List<String>> reversed = new ArrayList<>(ballots);
        Collections.reverse(reversed);
        assertThat(Tally.count(Method.IRV, 1, List.of("C", "B", "A"), reversed, "published-seed").elected()).isEqualTo(r.elected());
        assertThat(Tally.count(Method.IRV, 1, List.of("C", "B", "A"), reversed).seed()).isEqualTo(Tally.count(Method.IRV, 1, List.of("A", "B", "C"), ballots).seed());
    }

    @Test
    void majority_rules_at_their_exact_thresholds() {
        assertThat(MajorityRule.simple().adopted(5, 5, 0)).isFalse();
        assertThat(MajorityRule.simple().adopted(6, 5, 100)).isTrue();
        assertThat(MajorityRule.simple().countingAbstentions().adopted(6, 5, 2)).isFalse();
        assertThat(MajorityRule.twoThirds().adopted(20, 10, 0)).isTrue();  // exactly 2/3
        assertThat(MajorityRule.twoThirds().adopted(19, 10, 0)).isFalse();
        assertThat(MajorityRule.twoThirds().adopted(0, 0, 7)).isFalse();   // nothing cast
    }
}
