package org.coopkit.core.statutes;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.money.Money;

/**
 * The settings a co-op's statutes fix: member categories, optional voting colleges, the nominal
 * value of a share. Built once and checked on construction: statutes that break a rule are refused
 * with {@link InvalidStatutes} naming it.
 *
 * <p>Rules (docs/design.md): at least one category, codes unique; when colleges are used there are at
 * least 3, each weighing between 10% and 50%, weights summing to 100%, every college naming known
 * categories and no category in two colleges; the share nominal is positive.
 *
 * @param coopName     the co-op's name
 * @param categories   the member categories
 * @param colleges     the voting colleges, empty for one-member-one-vote
 * @param shareNominal nominal value of one share
 */
public record CoopStatutes(String coopName, List<MemberCategory> categories, List<VotingCollege> colleges, Money shareNominal) {

    private static final BigDecimal MIN_WEIGHT = BigDecimal.TEN;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("50");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * Copies the lists and checks the rules above.
     *
     * @param coopName     the co-op's name
     * @param categories   the member categories
     * @param colleges     the voting colleges, empty for one-member-one-vote
     * @param shareNominal nominal value of one share
     * @throws InvalidStatutes naming the first rule broken
     */
    public CoopStatutes {
        categories = List.copyOf(categories);
        colleges = List.copyOf(colleges);
        validate(categories, colleges, shareNominal);
    }

    /**
     * A generic co-op: users, providers, workers and supporters; no colleges; shares of EUR 20.
     *
     * @return the default statutes
     */
    public static CoopStatutes defaults() {
        return new CoopStatutes("CoopKit co-op", List.of(
                new MemberCategory("user", "User", 1),
                new MemberCategory("provider", "Provider", 1),
                new MemberCategory("worker", "Worker", 1),
                new MemberCategory("supporter", "Supporter", 1)),
                List.of(), Money.of("20.00", "EUR"));
    }

    private static void validate(List<MemberCategory> categories, List<VotingCollege> colleges, Money nominal) {
        if (categories.isEmpty()) throw new InvalidStatutes("at least one member category is required");
        Set<String> codes = new HashSet<>();
        for (MemberCategory c : categories) {
            if (c.code() == null || c.code().isBlank()) throw new InvalidStatutes("a category needs a code");
            if (!codes.add(c.code())) throw new InvalidStatutes("category code '" + c.code() + "' is used twice");
            if (c.minimumShares() < 0) throw new InvalidStatutes("minimum shares of '" + c.code() + "' must not be negative");
        }
        if (nominal == null || !nominal.isPositive()) throw new InvalidStatutes("the share nominal value must be positive");
        if (colleges.isEmpty()) return;
        if (colleges.size() < 3) throw new InvalidStatutes("voting colleges, when used, must be at least 3 (found " + colleges.size() + ")");
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> collegeCodes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (VotingCollege college : colleges) {
            if (!collegeCodes.add(college.code())) throw new InvalidStatutes("college code '" + college.code() + "' is used twice");
            BigDecimal w = college.weightPercent();
            if (w == null || w.compareTo(MIN_WEIGHT) < 0 || w.compareTo(MAX_WEIGHT) > 0) {
                throw new InvalidStatutes("college '" + college.code() + "' weighs " + w + "%: each college must weigh between 10% and 50%");
            }
            sum = sum.add(w);
            for (String cat : college.categories()) {
                if (!codes.contains(cat)) throw new InvalidStatutes("college '" + college.code() + "' names unknown category '" + cat + "'");
                if (!seen.add(cat)) throw new InvalidStatutes("category '" + cat + "' belongs to two colleges");
            }
        }
        if (sum.compareTo(HUNDRED) != 0) throw new InvalidStatutes("college weights must sum to 100% (they sum to " + sum.stripTrailingZeros().toPlainString() + "%)");
    }

    /**
     * Whether votes are weighed by college.
     *
     * @return true when colleges are defined
     */
    public boolean usesColleges() {
        return !colleges.isEmpty();
    }

    /**
     * A member category by code.
     *
     * @param code the category's code
     * @return the category, or empty when the statutes define none of that code
     */
    public Optional<MemberCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Whether the statutes define this category.
     *
     * @param code the category's code
     * @return true when defined
     */
    public boolean hasCategory(String code) {
        return category(code).isPresent();
    }

    /**
     * The college a member of this category votes in.
     *
     * @param categoryCode the member's category
     * @return the college, or empty without colleges
     */
    public Optional<VotingCollege> collegeOf(String categoryCode) {
        return colleges.stream().filter(c -> c.categories().contains(categoryCode)).findFirst();
    }

    /**
     * The co-op's currency.
     *
     * @return the currency of the share nominal
     */
    public Currency currency() {
        return shareNominal.currency();
    }

    /**
     * The same statutes with other voting colleges, checked again.
     *
     * @param newColleges the colleges
     * @return the new statutes
     * @throws InvalidStatutes when the colleges break a rule
     */
    public CoopStatutes withColleges(List<VotingCollege> newColleges) {
        return new CoopStatutes(coopName, categories, newColleges, shareNominal);
    }
}
