package org.coopkit.core.statutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.coopkit.core.money.Money;
import org.junit.jupiter.api.Test;

class CoopStatutesTest {
    static final List<MemberCategory> CATS = CoopStatutes.defaults().categories();

    static VotingCollege college(String code, String weight, String... cats) {
        return new VotingCollege(code, code, new BigDecimal(weight), Set.of(cats));
    }

    @Test
    void a_scic_with_three_colleges_between_10_and_50_percent_summing_to_100_is_accepted() {
        CoopStatutes s = CoopStatutes.defaults().withColleges(List.of(
                college("users", "40", "user"), college("providers", "30", "provider"), college("others", "30", "worker", "supporter")));
        assertThat(s.usesColleges()).isTrue();
        assertThat(s.collegeOf("worker")).map(VotingCollege::code).contains("others");
    }

    @Test
    void fewer_than_three_colleges_are_refused_naming_the_rule() {
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(college("a", "50", "user"), college("b", "50", "provider"))))
                .isInstanceOf(InvalidStatutes.class).hasMessageContaining("at least 3");
    }

    @Test
    void a_college_above_50_or_below_10_percent_is_refused() {
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(
                college("a", "60", "user"), college("b", "30", "provider"), college("c", "10", "worker"))))
                .isInstanceOf(InvalidStatutes.class).hasMessageContaining("between 10% and 50%");
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(
                college("a", "50", "user"), college("b", "45", "provider"), college("c", "5", "worker"))))
                .isInstanceOf(InvalidStatutes.class).hasMessageContaining("between 10% and 50%");
    }

    @Test
    void weights_must_sum_to_100() {
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(
                college("a", "40", "user"), college("b", "30", "provider"), college("c", "20", "worker"))))
                .isInstanceOf(InvalidStatutes.class).hasMessageContaining("sum to 100% (they sum to 90%)");
    }

    @Test
    void unknown_or_shared_categories_and_bad_nominal_are_refused() {
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(
                college("a", "40", "user"), college("b", "30", "pilot"), college("c", "30", "worker"))))
                .hasMessageContaining("unknown category 'pilot'");
        assertThatThrownBy(() -> CoopStatutes.defaults().withColleges(List.of(
                college("a", "40", "user"), college("b", "30", "user"), college("c", "30", "worker"))))
                .hasMessageContaining("belongs to two colleges");
        assertThatThrownBy(() -> new CoopStatutes("x", CATS, List.of(), Money.zero("EUR")))
                .hasMessageContaining("nominal value must be positive");
        assertThatThrownBy(() -> new CoopStatutes("x", List.of(), List.of(), Money.of("1", "EUR")))
                .hasMessageContaining("at least one member category");
    }
}
