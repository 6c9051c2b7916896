package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * The redistribution of a fiscal year's result: the waterfall (each step's amount and rule; they
 * add up to the result exactly) and one line per member (refund, capital interest and workers'
 * share add up exactly to their steps). The same inputs always give the same report.
 */
public record RedistributionReport(String fiscalYear, String policyName, Preset preset, Money result,
                                   Money legalReserveBefore, Money capital, List<WaterfallStep> steps,
                                   List<PatronageKind> kinds, Map<PatronageKind, Money> refundPoolsByKind,
                                   List<MemberLine> lines, Map<PatronageKind, BigDecimal> nonMemberVolumes,
                                   RemainderDestination remainderTo) {
    public RedistributionReport {
        steps = List.copyOf(steps);
        kinds = List.copyOf(kinds);
        lines = List.copyOf(lines);
        refundPoolsByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(refundPoolsByKind));
        nonMemberVolumes = java.util.Collections.unmodifiableMap(new TreeMap<>(nonMemberVolumes));
    }

    /** Sum of the steps of a kind (zero when the policy has none). */
    public Money stepTotal(StepKind kind) {
        return Money.sum(steps.stream().filter(s -> s.kind().equals(Optional.of(kind))).map(WaterfallStep::amount).toList(),
                result.currency());
    }

    public Money remainder() {
        return steps.get(steps.size() - 1).amount();
    }

    public Money refundPool() {
        return stepTotal(StepKind.PATRONAGE_REFUND);
    }

    public Money totalRefunds() {
        return Money.sum(lines.stream().map(MemberLine::refund).toList(), result.currency());
    }

    public Money totalInterest() {
        return Money.sum(lines.stream().map(MemberLine::capitalInterest).toList(), result.currency());
    }

    public Money totalWorkersShare() {
        return Money.sum(lines.stream().map(MemberLine::workersShare).toList(), result.currency());
    }

    public Money totalToMembers() {
        return Money.sum(lines.stream().map(MemberLine::total).toList(), result.currency());
    }

    public Optional<MemberLine> lineOf(MemberId member) {
        return lines.stream().filter(l -> l.member().equals(member)).findFirst();
    }
}
