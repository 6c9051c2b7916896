package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationPolicyTest {
    @Test
    void the_presets_are_read_from_data_and_keep_their_legal_minimums() {
        assertThat(AllocationPolicy.generic().percentOf(java.util.Set.of(StepKind.LEGAL_RESERVE))).isEqualByComparingTo("15");
        assertThat(AllocationPolicy.scic().percentOf(java.util.Set.of(StepKind.LEGAL_RESERVE, StepKind.STATUTORY_RESERVE))).isEqualByComparingTo("57.5");
        assertThat(AllocationPolicy.scop().percentOf(java.util.Set.of(StepKind.WORKERS_SHARE))).isGreaterThanOrEqualTo(new java.math.BigDecimal("25"));
    }

    @Test
    void a_scic_policy_giving_less_than_57_5_percent_to_indivisible_reserves_is_refused_naming_the_rule() {
        AllocationPolicy scic = AllocationPolicy.scic();
        List<AllocationStep> steps = new ArrayList<>(scic.steps());
        steps.set(1, AllocationStep.percentOf("Indivisible statutory reserve", StepKind.STATUTORY_RESERVE, "40", ""));

        assertThatThrownBy(() -> scic.withSteps(steps))
                .isInstanceOfSatisfying(PolicyBreaksRule.class, e -> assertThat(e.rule()).isEqualTo("scic-indivisible-reserves"))
                .hasMessageContaining("57.5%").hasMessageContaining("55%");
    }

    @Test
    void a_scop_policy_giving_less_than_25_percent_to_workers_is_refused() {
        AllocationPolicy scop = AllocationPolicy.scop();
        List<AllocationStep> steps = new ArrayList<>(scop.steps());
        steps.set(1, AllocationStep.percentOf("Workers' share", StepKind.WORKERS_SHARE, "20", ""));

        assertThatThrownBy(() -> scop.withSteps(steps))
                .isInstanceOfSatisfying(PolicyBreaksRule.class, e -> assertThat(e.rule()).isEqualTo("scop-workers-share"));
    }

    @Test
    void a_generic_policy_without_its_legal_reserve_or_paying_interest_above_the_cap_is_refused() {
        AllocationPolicy generic = AllocationPolicy.generic();
        List<AllocationStep> noReserve = new ArrayList<>(generic.steps());
        noReserve.remove(0);
        List<AllocationStep> greedy = new ArrayList<>(generic.steps());
        greedy.set(1, AllocationStep.capitalInterest("Interest", "6.5", ""));

        assertThatThrownBy(() -> generic.withSteps(noReserve))
                .isInstanceOfSatisfying(PolicyBreaksRule.class, e -> assertThat(e.rule()).isEqualTo("loi-1947-art-16-legal-reserve"));
        assertThatThrownBy(() -> generic.withSteps(greedy))
                .isInstanceOfSatisfying(PolicyBreaksRule.class, e -> assertThat(e.rule()).isEqualTo("loi-1947-art-14-interest-cap"));
    }

    @Test
    void a_custom_policy_is_read_from_json_and_may_not_take_more_than_the_result() {
        AllocationPolicy custom = AllocationPolicy.fromJson("""
                {"name":"Our waterfall","preset":"CUSTOM","capitalInterestRateCap":"3","remainderTo":"RETAINED_EARNINGS",
                 "steps":[{"name":"Refunds","kind":"PATRONAGE_REFUND","percent":"80","kindWeights":{"PURCHASES":"1"}}]}""");

        assertThat(custom.steps()).hasSize(1);
        assertThat(custom.remainderTo()).isEqualTo(RemainderDestination.RETAINED_EARNINGS);
        assertThatThrownBy(() -> custom.withSteps(List.of(
                AllocationStep.percentOf("Fund", StepKind.DEVELOPMENT_FUND, "60", ""),
                AllocationStep.percentOf("Reserve", StepKind.STATUTORY_RESERVE, "50", ""))))
                .isInstanceOfSatisfying(PolicyBreaksRule.class, e -> assertThat(e.rule()).isEqualTo("percentages-within-result"));
    }
}
