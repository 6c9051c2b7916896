package org.coopkit.ledger.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coopkit.core.money.Money;
import org.coopkit.core.testing.SeededRandom;
import org.coopkit.ledger.patronage.PatronageKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the redistribution over seeded random books (JUnit 5, no jqwik; the seed is in every message). */
class RedistributionPropertiesTest {
    static Stream<Long> seeds() {
        return SeededRandom.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void member_lines_add_up_exactly_to_their_pools_and_the_steps_to_the_result(long seed) {
        Random r = SeededRandom.random(seed);
        RedistributionInputs in = RandomBooks.inputs(r);
        RedistributionReport report = Redistribution.compute(RandomBooks.policy(r), in);

        String why = "seed " + seed;
        assertThat(Money.sum(report.steps().stream().map(WaterfallStep::amount).toList(), RandomBooks.EUR)).as(why).isEqualTo(in.result());
        assertThat(report.totalRefunds()).as(why).isEqualTo(report.stepTotal(StepKind.PATRONAGE_REFUND));
        assertThat(report.totalInterest()).as(why).isEqualTo(report.stepTotal(StepKind.CAPITAL_INTEREST));
        assertThat(report.totalWorkersShare()).as(why).isEqualTo(report.stepTotal(StepKind.WORKERS_SHARE));
        assertThat(Money.sum(report.refundPoolsByKind().values(), RandomBooks.EUR)).as(why).isEqualTo(report.refundPool());
        assertThat(report.lines()).as(why).allSatisfy(l -> {
            assertThat(l.refund().isNegative()).isFalse();
            assertThat(l.total()).isEqualTo(l.refund().plus(l.capitalInterest()).plus(l.workersShare()));
        });
        if (!in.result().isPositive()) assertThat(report.totalToMembers().isZero()).as(why).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_member_with_twice_the_patronage_gets_twice_the_refund_within_one_cent(long seed) {
        Random r = SeededRandom.random(seed);
        RedistributionInputs base = RandomBooks.inputs(r);
        PatronageKind kind = RandomBooks.KINDS.get(r.nextInt(2)); // PURCHASES or SALES: both refunded in every preset with refunds
        BigDecimal v = BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2);
        MemberInput once = RandomBooks.member(r, 1001, Map.of(kind, v));
        MemberInput twice = RandomBooks.member(r, 1002, Map.of(kind, v.add(v)));
        List<MemberInput> members = new ArrayList<>(base.members());
        members.add(r.nextBoolean() ? once : twice);
        members.add(members.contains(once) ? twice : once);
        RedistributionInputs in = new RedistributionInputs("2026", base.result(), base.legalReserve(), base.capital(), members, Map.of());

        RedistributionReport report = Redistribution.compute(RandomBooks.policy(r), in);

        Money a = report.lineOf(once.member()).orElseThrow().refund();
        Money b = report.lineOf(twice.member()).orElseThrow().refund();
        assertThat(b.minus(a.times(2)).abs().isGreaterThan(Money.of("0.01", "EUR"))).as("seed %d: %s vs %s", seed, a, b).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void business_with_non_members_never_reaches_a_member_line(long seed) {
        Random r = SeededRandom.random(seed);
        RedistributionInputs in = RandomBooks.inputs(r);
        AllocationPolicy policy = RandomBooks.policy(r);
        Map<PatronageKind, BigDecimal> huge = new TreeMap<>();
        RandomBooks.KINDS.forEach(k -> huge.put(k, BigDecimal.valueOf(r.nextInt(Integer.MAX_VALUE), 2)));
        RedistributionInputs withGuests = new RedistributionInputs(in.fiscalYear(), in.result(), in.legalReserve(), in.capital(), in.members(), huge);
        RedistributionInputs without = new RedistributionInputs(in.fiscalYear(), in.result(), in.legalReserve(), in.capital(), in.members(), Map.of());

        RedistributionReport a = Redistribution.compute(policy, withGuests);
        RedistributionReport b = Redistribution.compute(policy, without);

        assertThat(a.lines()).as("seed " + seed).isEqualTo(b.lines());
        assertThat(a.steps()).as("seed " + seed).isEqualTo(b.steps());
        assertThat(a.lines()).extracting(MemberLine::member).as("seed " + seed)
                .containsExactlyInAnyOrderElementsOf(in.members().stream().map(MemberInput::member).toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reordering_the_input_changes_nothing_byte_for_byte(long seed) {
        Random r = SeededRandom.random(seed);
        RedistributionInputs in = RandomBooks.inputs(r);
        AllocationPolicy policy = RandomBooks.policy(r);
        List<MemberInput> shuffled = new ArrayList<>(in.members());
        Collections.shuffle(shuffled, r);
        RedistributionInputs reordered = new RedistributionInputs(in.fiscalYear(), in.result(), in.legalReserve(), in.capital(),
                shuffled, in.nonMemberVolumes());

        RedistributionReport a = Redistribution.compute(policy, in);
        RedistributionReport b = Redistribution.compute(policy, reordered);

        assertThat(b).as("seed " + seed).isEqualTo(a);
        assertThat(RedistributionFormats.json(b)).as("seed " + seed).isEqualTo(RedistributionFormats.json(a));
        assertThat(RedistributionFormats.csv(b)).as("seed " + seed).isEqualTo(RedistributionFormats.csv(a));
        assertThat(a.lines()).extracting(MemberLine::membershipNumber).as("seed " + seed).isSorted();
    }
}
