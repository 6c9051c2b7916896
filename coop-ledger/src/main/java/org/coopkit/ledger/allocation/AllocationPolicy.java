package org.coopkit.ledger.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * How a co-op allocates a year's result: a waterfall of named {@link AllocationStep steps}, then
 * the remainder. The presets (generic, SCIC, SCOP) are data, read from JSON files beside this class;
 * a co-op may write its own in the same shape ({@link #fromJson}). A policy is checked on
 * construction: it is refused, naming the rule, when its percentages exceed 100%, when an interest
 * rate exceeds the cap, or when it breaks a legal minimum of its preset.
 *
 * @param name                   the policy's name, shown in the report
 * @param preset                 the legal frame whose minimums apply
 * @param capitalInterestRateCap the highest interest rate on capital the law allows this year, in
 *                               percent (loi 1947 art. 14: average bond yield of the last 3 years + 2 points)
 * @param steps                  the waterfall, in order
 * @param remainderTo            where what is left after the steps goes
 */
public record AllocationPolicy(String name, Preset preset, BigDecimal capitalInterestRateCap, List<AllocationStep> steps,
                               RemainderDestination remainderTo) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Checks the policy against the general rules and its preset's minimums.
     *
     * @param name                   the policy's name, shown in the report
     * @param preset                 the legal frame whose minimums apply
     * @param capitalInterestRateCap the highest interest rate on capital the law allows this year, in percent (loi 1947 art. 14: average bond yield of the last 3 years + 2 points)
     * @param steps                  the waterfall, in order
     * @param remainderTo            where what is left after the steps goes
     * @throws PolicyBreaksRule when a rule is broken (the rule's code names it)
     */
    public AllocationPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(capitalInterestRateCap, "capitalInterestRateCap");
        Objects.requireNonNull(remainderTo, "remainderTo");
        steps = List.copyOf(steps);
        validate(preset, capitalInterestRateCap, steps);
    }

    /**
     * The generic preset: loi 1947 art. 14–16.
     *
     * @return the generic policy, read from its preset file
     */
    public static AllocationPolicy generic() {
        return preset(Preset.GENERIC);
    }

    /**
     * The SCIC preset: 57.5% at least to indivisible reserves.
     *
     * @return the SCIC policy, read from its preset file
     */
    public static AllocationPolicy scic() {
        return preset(Preset.SCIC);
    }

    /**
     * The SCOP preset: legal reserve 15%, 25% at least to the workers.
     *
     * @return the SCOP policy, read from its preset file
     */
    public static AllocationPolicy scop() {
        return preset(Preset.SCOP);
    }

    /**
     * The policy of a preset, read from its JSON file beside this class.
     *
     * @param preset the preset
     * @return its policy
     */
    public static AllocationPolicy preset(Preset preset) {
        String file = "presets/" + preset.name().toLowerCase(Locale.ROOT) + ".json";
        try (InputStream in = AllocationPolicy.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("preset file missing: " + file);
            return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a policy written as the preset files are; refuses a malformed one naming the field.
     *
     * @param json the policy, in the shape of the preset files
     * @return the checked policy
     * @throws InvalidInput     when the JSON is malformed or a field is missing
     * @throws PolicyBreaksRule when the policy breaks a rule
     */
    public static AllocationPolicy fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidInput("policy", "is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try {
            List<AllocationStep> steps = new ArrayList<>();
            for (JsonNode s : root.path("steps")) {
                Map<PatronageKind, BigDecimal> weights = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("kindWeights").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> w = it.next();
                    weights.put(PatronageKind.of(w.getKey()), new BigDecimal(w.getValue().asText()));
                }
                steps.add(new AllocationStep(s.path("name").asText(), StepKind.valueOf(s.path("kind").asText()),
                        decimal(s, "percent"), decimal(s, "rate"), weights, s.path("rule").asText("")));
            }
            return new AllocationPolicy(root.path("name").asText(), Preset.valueOf(root.path("preset").asText("CUSTOM")),
                    new BigDecimal(root.path("capitalInterestRateCap").asText("0")), steps,
                    RemainderDestination.valueOf(root.path("remainderTo").asText("STATUTORY_RESERVE")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("policy", e.getMessage());
        }
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }

    /**
     * The same policy with other steps (checked again).
     *
     * @param newSteps the waterfall steps
     * @return the policy with those steps
     * @throws PolicyBreaksRule when the new steps break a rule
     */
    public AllocationPolicy withSteps(List<AllocationStep> newSteps) {
        return new AllocationPolicy(name, preset, capitalInterestRateCap, newSteps, remainderTo);
    }

    /**
     * Sum of the step percentages of these kinds.
     *
     * @param kinds the step kinds
     * @return their percentages added, in percent
     */
    public BigDecimal percentOf(java.util.Set<StepKind> kinds) {
        return steps.stream().filter(s -> kinds.contains(s.kind())).map(AllocationStep::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void validate(Preset preset, BigDecimal cap, List<AllocationStep> steps) {
        BigDecimal total = BigDecimal.ZERO;
        for (AllocationStep s : steps) {
            if (s.name().isBlank()) throw new PolicyBreaksRule("step-named", "every step needs a name");
            if (s.percent().signum() < 0 || s.rate().signum() < 0) {
                throw new PolicyBreaksRule("non-negative", "step '" + s.name() + "' has a negative percentage or rate");
            }
            total = total.add(s.percent());
            if (s.kind() == StepKind.CAPITAL_INTEREST && s.rate().compareTo(cap) > 0) {
                throw new PolicyBreaksRule("loi-1947-art-14-interest-cap", "step '" + s.name() + "' pays " + plain(s.rate())
                        + "% interest on capital, above the cap of " + plain(cap) + "% (average bond yield + 2 points)");
            }
            if (s.kind() == StepKind.PATRONAGE_REFUND) {
                if (s.kindWeights().isEmpty()) throw new PolicyBreaksRule("refund-kinds", "step '" + s.name() + "' names no kind of business");
                if (s.kindWeights().values().stream().anyMatch(w -> w.signum() < 0)) {
                    throw new PolicyBreaksRule("non-negative", "step '" + s.name() + "' has a negative weight");
                }
            }
        }
        if (total.compareTo(HUNDRED) > 0) {
            throw new PolicyBreaksRule("percentages-within-result", "the steps take " + plain(total) + "% of the result, more than 100%");
        }
        long legalSteps = steps.stream().filter(s -> s.kind() == StepKind.LEGAL_RESERVE).count();
        if (legalSteps > 1) throw new PolicyBreaksRule("one-legal-reserve", "a policy has at most one legal reserve step");
        for (Preset.Minimum min : preset.minimums()) {
            BigDecimal got = steps.stream().filter(s -> min.kinds().contains(s.kind())).map(AllocationStep::percent)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (got.compareTo(min.percent()) < 0) {
                throw new PolicyBreaksRule(min.code(), min.text() + "; this policy gives " + plain(got) + "%");
            }
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
