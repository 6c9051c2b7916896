package org.coopkit.governance.assemblies;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.governance.GovernanceRules;
import org.junit.jupiter.api.Test;

class QuorumRuleTest {
    private final GovernanceRules law = GovernanceRules.defaults();

    @Test
    void an_ordinary_assembly_needs_a_fifth_on_first_call_and_nobody_on_second() {
        QuorumRule q = QuorumRule.of(AssemblyKind.ORDINARY, law);
        assertThat(q.metBy(Assembly.Call.FIRST, 19, 100)).isFalse();
        assertThat(q.metBy(Assembly.Call.FIRST, 20, 100)).isTrue();
        assertThat(q.metBy(Assembly.Call.SECOND, 0, 100)).isTrue();
        assertThat(q.required(Assembly.Call.SECOND)).hasToString("none");
    }

    @Test
    void an_extraordinary_assembly_needs_a_quarter_then_a_fifth() {
        QuorumRule q = QuorumRule.of(AssemblyKind.EXTRAORDINARY, law);
        assertThat(q.metBy(Assembly.Call.FIRST, 24, 100)).isFalse();
        assertThat(q.metBy(Assembly.Call.FIRST, 25, 100)).isTrue();
        assertThat(q.metBy(Assembly.Call.SECOND, 19, 100)).isFalse();
        assertThat(q.metBy(Assembly.Call.SECOND, 20, 100)).isTrue();
    }

    @Test
    void an_empty_roll_meets_no_quorum_but_a_call_without_quorum_is_always_met() {
        QuorumRule q = QuorumRule.of(AssemblyKind.EXTRAORDINARY, law);
        assertThat(q.metBy(Assembly.Call.FIRST, 0, 0)).isFalse();
        assertThat(QuorumRule.of(AssemblyKind.ORDINARY, law).metBy(Assembly.Call.SECOND, 0, 0)).isTrue();
    }
}
