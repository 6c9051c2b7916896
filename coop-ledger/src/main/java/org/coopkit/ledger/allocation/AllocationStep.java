package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * One named step of an allocation waterfall.
 *
 * @param name        what the report and the resolution call it
 * @param kind        what the step does
 * @param percent     its share of the year's result, in percent (not used by {@link StepKind#CAPITAL_INTEREST})
 * @param rate        annual interest rate on paid-up capital, in percent (only {@link StepKind#CAPITAL_INTEREST})
 * @param kindWeights how a refund pool is split between kinds of business (only {@link StepKind#PATRONAGE_REFUND})
 * @param rule        the rule or statute clause that sets it, quoted in the report
 */
public record AllocationStep(String name, StepKind kind, BigDecimal percent, BigDecimal rate,
                             Map<PatronageKind, BigDecimal> kindWeights, String rule) {
    /**
     * Checks the name and kind; missing percentages, rates and weights are zero or empty, a missing rule empty.
     *
     * @param name        what the report and the resolution call it
     * @param kind        what the step does
     * @param percent     its share of the year's result, in percent (not used by {
     * @param rate        annual interest rate on paid-up capital, in percent (only {
     * @param kindWeights how a refund pool is split between kinds of business (only {
     * @param rule        the rule or statute clause that sets it, quoted in the report
     * @throws NullPointerException when the name or kind is null
     */
    public AllocationStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        percent = percent == null ? BigDecimal.ZERO : percent;
        rate = rate == null ? BigDecimal.ZERO : rate;
        kindWeights = kindWeights == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(kindWeights));
        rule = rule == null ? "" : rule;
    }

    /**
     * A step taking a percentage of the result.
     *
     * @param name    the step's name
     * @param kind    what it funds
     * @param percent the percentage, e.g. {@code "15"}
     * @param rule    the rule it follows, shown in the report
     * @return the step
     */
    public static AllocationStep percentOf(String name, StepKind kind, String percent, String rule) {
        return new AllocationStep(name, kind, new BigDecimal(percent), null, null, rule);
    }

    /**
     * The interest on paid-up capital.
     *
     * @param name the step's name
     * @param rate the interest rate in percent, at most the cap
     * @param rule the rule it follows
     * @return the step
     */
    public static AllocationStep capitalInterest(String name, String rate, String rule) {
        return new AllocationStep(name, StepKind.CAPITAL_INTEREST, null, new BigDecimal(rate), null, rule);
    }

    /**
     * The patronage refunds.
     *
     * @param name    the step's name
     * @param percent the percentage of the result
     * @param weights the weight of each kind of business
     * @param rule    the rule it follows
     * @return the step
     */
    public static AllocationStep refunds(String name, String percent, Map<PatronageKind, BigDecimal> weights, String rule) {
        return new AllocationStep(name, StepKind.PATRONAGE_REFUND, new BigDecimal(percent), null, weights, rule);
    }
}
