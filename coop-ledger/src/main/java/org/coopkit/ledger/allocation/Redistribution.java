package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * Computes a {@link RedistributionReport} from a policy and the year's figures. Pure and
 * deterministic: no database, no clock, members taken in membership-number order whatever the
 * input order.
 *
 * <p>The waterfall runs the steps in the policy's order over the result; each takes its share
 * (legal and statutory reserves rounded up to the cent since they are legal minimums, every other
 * step rounded down), never more than what is left; the legal reserve stops at the capital (loi 1947
 * art. 16). The remainder takes what is left, so the steps add up to the result exactly. A loss
 * (result zero or negative) is carried forward whole: nothing is distributed.
 *
 * <p>Pools are split by {@link Money#allocate(List)} (largest remainder on the cent, ties to the
 * lower membership number): a refund pool first between kinds of business by the policy's weights
 * (kinds no member did are left out, and their share stays in the remainder), then within a kind
 * in proportion to each member's volume; capital interest in proportion to paid-up capital; the
 * workers' share in proportion to hours worked. So member lines add up exactly to their pools.
 * Business with non-members never enters a split.
 */
public final class Redistribution {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Comparator<MemberInput> BY_NUMBER = Comparator.comparingLong(MemberInput::membershipNumber)
            .thenComparing(m -> m.member().toString());

    private Redistribution() {
    }

    /**
     * Computes the redistribution of a year under a policy: the same inputs always give the same report.
     *
     * @param policy the allocation policy
     * @param in     the year's result, capital and members' volumes
     * @return the report
     */
    public static RedistributionReport compute(AllocationPolicy policy, RedistributionInputs in) {
        Currency cur = in.result().currency();
        Money zero = Money.zero(cur);
        List<MemberInput> members = in.members().stream().sorted(BY_NUMBER).toList();
        Map<MemberId, Money> refunds = zeros(members, zero);
        Map<MemberId, Money> interest = zeros(members, zero);
        Map<MemberId, Money> workers = zeros(members, zero);
        Map<PatronageKind, Money> kindPools = new TreeMap<>();
        Money result = in.result();
        boolean surplus = result.isPositive();
        Money remaining = surplus ? result : zero;
        List<WaterfallStep> steps = new ArrayList<>();
        int position = 1;
        for (AllocationStep s : policy.steps()) {
            Money amount = zero;
            if (surplus) {
                amount = switch (s.kind()) {
                    case LEGAL_RESERVE -> {
                        Money room = in.capital().minus(in.legalReserve()).max(zero);
                        yield share(result, s.percent(), RoundingMode.CEILING).min(room).min(remaining);
                    }
                    case STATUTORY_RESERVE -> share(result, s.percent(), RoundingMode.CEILING).min(remaining);
                    case DEVELOPMENT_FUND -> share(result, s.percent(), RoundingMode.FLOOR).min(remaining);
                    case CAPITAL_INTEREST -> {
                        Money capital = Money.sum(members.stream().map(MemberInput::paidUpCapital).toList(), cur);
                        Money due = share(capital, s.rate(), RoundingMode.FLOOR).min(remaining);
                        yield split(due, members, m -> m.paidUpCapital().amount(), interest);
                    }
                    case PATRONAGE_REFUND -> refunds(share(result, s.percent(), RoundingMode.FLOOR).min(remaining), s, members, refunds, kindPools);
                    case WORKERS_SHARE -> split(share(result, s.percent(), RoundingMode.FLOOR).min(remaining), members,
                            m -> m.volume(PatronageKind.WORK_HOURS), workers);
                };
            }
            remaining = remaining.minus(amount);
            BigDecimal percent = s.kind() == StepKind.CAPITAL_INTEREST ? s.rate() : s.percent();
            steps.add(new WaterfallStep(position++, s.name(), Optional.of(s.kind()), percent, amount, s.rule()));
        }
        steps.add(surplus
                ? new WaterfallStep(position, policy.remainderTo() == RemainderDestination.STATUTORY_RESERVE
                        ? "Remainder to statutory reserves" : "Remainder carried forward", Optional.empty(), BigDecimal.ZERO,
                        remaining, "what no step took")
                : new WaterfallStep(position, "Loss carried forward", Optional.empty(), BigDecimal.ZERO, result,
                        "no surplus: nothing is distributed, the result is carried forward"));

        Money pool = Money.sum(refunds.values(), cur);
        List<MemberLine> lines = new ArrayList<>();
        for (MemberInput m : members) {
            Money r = refunds.get(m.member());
            Money i = interest.get(m.member());
            Money w = workers.get(m.member());
            BigDecimal share = pool.isZero() ? BigDecimal.ZERO.setScale(4)
                    : r.amount().multiply(HUNDRED).divide(pool.amount(), 4, RoundingMode.HALF_EVEN);
            lines.add(new MemberLine(m.member(), m.membershipNumber(), m.name(), m.paidUpCapital(), m.volumes(), share, r, i, w,
                    r.plus(i).plus(w)));
        }
        TreeSet<PatronageKind> kinds = new TreeSet<>(in.nonMemberVolumes().keySet());
        members.forEach(m -> kinds.addAll(m.volumes().keySet()));
        policy.steps().forEach(s -> kinds.addAll(s.kindWeights().keySet()));
        return new RedistributionReport(in.fiscalYear(), policy.name(), policy.preset(), result, in.legalReserve(), in.capital(),
                steps, List.copyOf(kinds), kindPools, lines, in.nonMemberVolumes(), policy.remainderTo());
    }

    /** Splits a refund pool between kinds (by weight, kinds with member business only), then members. */
    private static Money refunds(Money pool, AllocationStep step, List<MemberInput> members,
                                 Map<MemberId, Money> refunds, Map<PatronageKind, Money> kindPools) {
        List<PatronageKind> kinds = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        step.kindWeights().forEach((kind, weight) -> {
            boolean done = members.stream().anyMatch(m -> m.volume(kind).signum() > 0);
            if (done && weight.signum() > 0) {
                kinds.add(kind);
                weights.add(weight);
            }
        });
        if (kinds.isEmpty() || !pool.isPositive()) return Money.zero(pool.currency());
        List<Money> perKind = pool.allocate(weights);
        for (int k = 0; k < kinds.size(); k++) {
            PatronageKind kind = kinds.get(k);
            kindPools.merge(kind, perKind.get(k), Money::plus);
            split(perKind.get(k), members, m -> m.volume(kind), refunds);
        }
        return pool;
    }

    /** Splits an amount among members by a weight; gives nothing (and returns zero) when no member has weight. */
    private static Money split(Money amount, List<MemberInput> members, java.util.function.Function<MemberInput, BigDecimal> weight,
                               Map<MemberId, Money> into) {
        Money zero = Money.zero(amount.currency());
        List<BigDecimal> weights = members.stream().map(weight).map(w -> w.max(BigDecimal.ZERO)).toList();
        if (!amount.isPositive() || weights.stream().allMatch(w -> w.signum() == 0)) return zero;
        List<Money> parts = amount.allocate(weights);
        for (int i = 0; i < members.size(); i++) into.merge(members.get(i).member(), parts.get(i), Money::plus);
        return amount;
    }

    private static Money share(Money base, BigDecimal percent, RoundingMode rounding) {
        return base.times(percent.divide(HUNDRED), rounding);
    }

    private static Map<MemberId, Money> zeros(List<MemberInput> members, Money zero) {
        Map<MemberId, Money> map = new LinkedHashMap<>();
        members.forEach(m -> map.put(m.member(), zero));
        return map;
    }
}
