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
 *
 * @param fiscalYear         the fiscal year's id
 * @param policyName         the policy's name
 * @param preset             the policy's legal frame
 * @param result             the year's result being allocated
 * @param legalReserveBefore the legal reserve before the allocation
 * @param capital            the paid-up capital the interest is computed on
 * @param steps              the waterfall, the remainder last
 * @param kinds              the kinds of business refunded
 * @param refundPoolsByKind  the refund pool of each kind
 * @param lines              one line per member
 * @param nonMemberVolumes   business by non-members per kind (never refunded)
 * @param remainderTo        where the remainder goes
 */
public record RedistributionReport(String fiscalYear, String policyName, Preset preset, Money result,
                                   Money legalReserveBefore, Money capital, List<WaterfallStep> steps,
                                   List<PatronageKind> kinds, Map<PatronageKind, Money> refundPoolsByKind,
                                   List<MemberLine> lines, Map<PatronageKind, BigDecimal> nonMemberVolumes,
                                   RemainderDestination remainderTo) {
    /**
     * Copies the lists and sorts the maps by kind.
     *
     * @param fiscalYear         the fiscal year's id
     * @param policyName         the policy's name
     * @param preset             the policy's legal frame
     * @param result             the year's result being allocated
     * @param legalReserveBefore the legal reserve before the allocation
     * @param capital            the paid-up capital the interest is computed on
     * @param steps              the waterfall, the remainder last
     * @param kinds              the kinds of business refunded
     * @param refundPoolsByKind  the refund pool of each kind
     * @param lines              one line per member
     * @param nonMemberVolumes   business by non-members per kind (never refunded)
     * @param remainderTo        where the remainder goes
     */
    public RedistributionReport {
        steps = List.copyOf(steps);
        kinds = List.copyOf(kinds);
        lines = List.copyOf(lines);
        refundPoolsByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(refundPoolsByKind));
        nonMemberVolumes = java.util.Collections.unmodifiableMap(new TreeMap<>(nonMemberVolumes));
    }

    /**
     * Sum of the steps of a kind (zero when the policy has none).
     *
     * @param kind the step kind
     * @return the total of its steps
     */
    public Money stepTotal(StepKind kind) {
        return Money.sum(steps.stream().filter(s -> s.kind().equals(Optional.of(kind))).map(WaterfallStep::amount).toList(),
                result.currency());
    }

    /**
     * The last step: what is left after the waterfall.
     *
     * @return the remainder
     */
    public Money remainder() {
        return steps.get(steps.size() - 1).amount();
    }

    /**
     * What the patronage refund steps take, to share among members.
     *
     * @return the refund pool
     */
    public Money refundPool() {
        return stepTotal(StepKind.PATRONAGE_REFUND);
    }

    /**
     * The members' refunds added up (equals the refund pool).
     *
     * @return the total refunds
     */
    public Money totalRefunds() {
        return Money.sum(lines.stream().map(MemberLine::refund).toList(), result.currency());
    }

    /**
     * The members' capital interest added up.
     *
     * @return the total interest
     */
    public Money totalInterest() {
        return Money.sum(lines.stream().map(MemberLine::capitalInterest).toList(), result.currency());
    }

    /**
     * The members' workers' share added up.
     *
     * @return the total workers' share
     */
    public Money totalWorkersShare() {
        return Money.sum(lines.stream().map(MemberLine::workersShare).toList(), result.currency());
    }

    /**
     * Everything paid to members: refunds, interest and workers' share.
     *
     * @return the total to members
     */
    public Money totalToMembers() {
        return Money.sum(lines.stream().map(MemberLine::total).toList(), result.currency());
    }

    /**
     * One member's line.
     *
     * @param member the member
     * @return the line, or empty when the member has none
     */
    public Optional<MemberLine> lineOf(MemberId member) {
        return lines.stream().filter(l -> l.member().equals(member)).findFirst();
    }
}
