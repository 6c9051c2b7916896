package org.coopkit.carshare.i18n;

import java.util.Optional;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.statutes.MemberCategory;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.allocation.Preset;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.allocation.WaterfallStep;

/**
 * The words of the library modules in the reader's language. The libraries return codes and
 * records (a category's code, a step's {@code StepKind}, an account's role or code, a majority's
 * fraction) with English text for the API; the app words them here, by those codes, never by
 * matching the English text. A code the bundles do not know (a co-op's own category or account)
 * keeps the text the co-op gave it. {@code LibraryWordsTest} fails when a constant has no key.
 */
public final class LibraryWords {
    private LibraryWords() {
    }

    /** A member category by its code ({@code category.user}); the statutes' label when the bundles do not know it. */
    public static String category(I18n i18n, CoopStatutes statutes, String code) {
        String key = "category." + code;
        if (i18n.has(key)) return i18n.t(key);
        return statutes.categories().stream().filter(c -> c.code().equals(code)).map(c -> c.label()).findFirst().orElse(code);
    }

    /** A member category of the statutes by its code; its label when the bundles do not know it. */
    public static String category(I18n i18n, MemberCategory category) {
        String key = "category." + category.code();
        return i18n.has(key) ? i18n.t(key) : category.label();
    }

    /** A category with its voting college when the statutes have colleges: "Car owner (college: Car owners)". */
    public static String categoryWithCollege(I18n i18n, CoopStatutes statutes, String code) {
        String name = category(i18n, statutes, code);
        return statutes.colleges().stream().filter(c -> c.categories().contains(code)).findFirst()
                .map(c -> i18n.t("category.with-college", name, college(i18n, statutes, c.code()))).orElse(name);
    }

    /** A voting college by its code ({@code college.drivers}); the statutes' name otherwise. */
    public static String college(I18n i18n, CoopStatutes statutes, String code) {
        String key = "college." + code;
        if (i18n.has(key)) return i18n.t(key);
        return statutes.colleges().stream().filter(c -> c.code().equals(code)).map(c -> c.name()).findFirst().orElse(code);
    }

    /** A voting college by its code ({@code college.drivers}); the code itself when the bundles do not know it. */
    public static String college(I18n i18n, String code) {
        String key = "college." + code;
        return i18n.has(key) ? i18n.t(key) : code;
    }

    /** A majority rule in words: "more than half of votes cast (abstentions are not votes cast)". */
    public static String majority(I18n i18n, MajorityRule rule) {
        String side = rule.strict() ? "majority.more-than." : "majority.at-least.";
        String fraction;
        if (rule.numerator() * 2 == rule.denominator()) fraction = i18n.t(side + "half");
        else if (rule.numerator() * 3 == rule.denominator() * 2) fraction = i18n.t(side + "two-thirds");
        else fraction = i18n.t(side + "fraction", rule.numerator(), rule.denominator());
        return fraction + " " + i18n.t(rule.abstentionsCast() ? "majority.abstentions.cast" : "majority.abstentions.not-cast");
    }

    /** How a tie was broken, by the tally's code ({@code earlier rounds} or {@code draw}). */
    public static String tieBrokenBy(I18n i18n, String brokenBy) {
        String key = "tie.by." + brokenBy.replace(' ', '-');
        return i18n.has(key) ? i18n.t(key) : brokenBy;
    }

    /** Which figure decides a result: the raw count, or the result weighted by college. */
    public static String decides(I18n i18n, boolean weightedByCollege) {
        return i18n.t(weightedByCollege ? "results.decides.weighted" : "results.decides.raw");
    }

    /** A ballot's choice: yes, no and abstain of a resolution are words of the page; other choices are the board's text. */
    public static String option(I18n i18n, Method method, String option) {
        return method == Method.YES_NO_ABSTAIN && BallotSpec.YES_NO.contains(option) ? i18n.t("option." + option) : option;
    }

    /** A step of the allocation waterfall by its kind; the remainder (or the loss) by where it goes. */
    public static String step(I18n i18n, RedistributionReport report, WaterfallStep step) {
        if (step.kind().isPresent()) return i18n.t("step." + step.kind().get().name());
        return i18n.t(report.result().isPositive() ? "step.remainder." + report.remainderTo().name() : "step.loss");
    }

    /** The rule of a step of a built-in preset by preset and kind; a co-op's own policy keeps its own words. */
    public static String stepRule(I18n i18n, RedistributionReport report, WaterfallStep step) {
        if (step.kind().isEmpty()) return i18n.t(report.result().isPositive() ? "step.rule.remainder" : "step.rule.loss");
        String key = "step.rule." + report.preset().name() + "." + step.kind().get().name();
        return i18n.has(key) ? i18n.t(key) : step.rule();
    }

    /** The name of an allocation policy: a built-in preset by its code, a co-op's own by the name it gave. */
    public static String policy(I18n i18n, RedistributionReport report) {
        return report.preset() == Preset.CUSTOM ? report.policyName() : i18n.t("preset." + report.preset().name());
    }

    /**
     * An account of the standard chart by its role ({@code account.role.BANK}) or, for one without a role, by its
     * code ({@code account.code.411}); an account the co-op opened itself keeps its name. The annual accounts' one line without
     * an account, the result of a year still open, is {@code account.open-result}.
     */
    public static String account(I18n i18n, String code, String name) {
        if (code == null || code.isBlank()) return i18n.t("account.open-result"); // the one line without an account: the open year's result
        Optional<Account> standard = ChartOfAccounts.STANDARD.stream().filter(a -> a.code().value().equals(code)).findFirst();
        if (standard.isEmpty()) return name;
        String key = standard.get().role().map(r -> "account.role." + r.name()).orElse("account.code." + code);
        return i18n.has(key) ? i18n.t(key) : name;
    }

    /** A section of the annual accounts by its code ({@code assets}, {@code liabilities}, {@code equity}, {@code revenue}, {@code expense}). */
    public static String section(I18n i18n, String code) {
        String key = "section." + code;
        return i18n.has(key) ? i18n.t(key) : code;
    }
}
