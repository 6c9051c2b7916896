package org.coopkit.carshare.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.privacy.DataPolicy;
import org.coopkit.core.privacy.Purpose;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.allocation.AllocationPolicy;
import org.coopkit.ledger.allocation.AllocationStep;
import org.coopkit.ledger.allocation.Preset;
import org.coopkit.ledger.allocation.RemainderDestination;
import org.coopkit.ledger.allocation.StepKind;
import org.junit.jupiter.api.Test;

/**
 * The library modules' words on the pages come from the bundles by code: every constant of the enums the pages
 * word (and every category, college, purpose, preset step and standard account of the app) has its key in both
 * languages, so a constant added to a library type fails here instead of showing English on a French page.
 */
class LibraryWordsTest {
    /** The sections the annual accounts are grouped in ({@code AnnualAccountsService}). */
    private static final List<String> SECTIONS = List.of("assets", "liabilities", "equity", "revenue", "expense");

    static List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (StepKind k : StepKind.values()) keys.add("step." + k.name());
        for (RemainderDestination d : RemainderDestination.values()) keys.add("step.remainder." + d.name());
        for (AccountRole r : AccountRole.values()) keys.add("account.role." + r.name());
        for (Method m : Method.values()) keys.add("vote.method." + m.name().toLowerCase(Locale.ROOT));
        for (BallotStatus s : BallotStatus.values()) keys.add("bballots.status." + s.name().toLowerCase(Locale.ROOT));
        for (Role r : Role.values()) keys.add("role.name." + r.name().toLowerCase(Locale.ROOT));
        for (MemberStatus s : MemberStatus.values()) keys.add("member.status." + s.name().toLowerCase(Locale.ROOT));
        for (WorkLog.Kind k : WorkLog.Kind.values()) keys.add("work.kind." + k.name().toLowerCase(Locale.ROOT));
        for (Preset p : Preset.values()) {
            if (p == Preset.CUSTOM) continue; // a co-op's own policy keeps the words it gave
            keys.add("preset." + p.name());
            for (AllocationStep s : AllocationPolicy.preset(p).steps()) keys.add("step.rule." + p.name() + "." + s.kind().name());
        }
        for (Account a : ChartOfAccounts.STANDARD) keys.add(a.role().map(r -> "account.role." + r.name()).orElse("account.code." + a.code().value()));
        var statutes = CarshareApp.statutes();
        statutes.categories().forEach(c -> keys.add("category." + c.code()));
        statutes.colleges().forEach(c -> keys.add("college." + c.code()));
        for (Purpose p : DataPolicy.defaultPurposes()) keys.add("purpose." + p.code());
        for (String o : BallotSpec.YES_NO) keys.add("option." + o);
        for (String tie : List.of("earlier-rounds", "draw")) keys.add("tie.by." + tie);
        for (String s : SECTIONS) keys.add("section." + s);
        return keys;
    }

    @Test
    void every_code_the_pages_word_has_a_key_in_english_and_in_french() {
        for (Locale l : I18n.SUPPORTED) {
            Set<String> missing = new TreeSet<>(expectedKeys());
            missing.removeAll(MessageBundlesTest.keys(l));
            assertThat(missing).as("keys missing from messages_" + l.getLanguage() + ".properties").isEmpty();
        }
    }

    @Test
    void a_majority_reads_as_the_library_describes_it_in_english_and_in_french_words() {
        for (MajorityRule rule : List.of(MajorityRule.simple(), MajorityRule.twoThirds(), MajorityRule.twoThirds().countingAbstentions(),
                new MajorityRule(3, 4, true, false))) {
            assertThat(LibraryWords.majority(I18n.ENGLISH, rule)).as("English keeps the library's wording").isEqualTo(rule.describe());
        }
        assertThat(LibraryWords.majority(I18n.FRENCH, MajorityRule.simple()))
                .isEqualTo("plus de la moitié des suffrages exprimés (les abstentions ne sont pas des suffrages exprimés)");
        assertThat(LibraryWords.majority(I18n.FRENCH, MajorityRule.twoThirds())).startsWith("au moins les deux tiers des suffrages exprimés");
        assertThat(LibraryWords.majority(I18n.FRENCH, new MajorityRule(3, 4, true, false))).startsWith("plus de 3/4 des suffrages exprimés");
    }

    @Test
    void standard_accounts_and_categories_are_worded_by_code_and_a_coops_own_keep_their_names() {
        var statutes = CarshareApp.statutes();
        assertThat(LibraryWords.account(I18n.FRENCH, "512", "Bank")).isEqualTo("Banque");
        assertThat(LibraryWords.account(I18n.FRENCH, "411", "Customers receivable")).isEqualTo("Clients");
        assertThat(LibraryWords.account(I18n.FRENCH, "9999", "Our own account")).isEqualTo("Our own account");
        assertThat(LibraryWords.account(I18n.FRENCH, "", "Result of the year (open)")).isEqualTo("Résultat de l'exercice (en cours)");
        assertThat(LibraryWords.categoryWithCollege(I18n.FRENCH, statutes, "provider")).isEqualTo("Propriétaire de voiture (collège : Propriétaires de voitures)");
        assertThat(LibraryWords.categoryWithCollege(I18n.ENGLISH, statutes, "provider")).isEqualTo("Car owner (college: Car owners)");
        assertThat(LibraryWords.category(I18n.FRENCH, statutes, "unknown")).isEqualTo("unknown");
        assertThat(LibraryWords.option(I18n.FRENCH, Method.YES_NO_ABSTAIN, "yes")).isEqualTo("pour");
        assertThat(LibraryWords.option(I18n.FRENCH, Method.PLURALITY, "yes")).as("a choice the board typed is theirs").isEqualTo("yes");
        assertThat(LibraryWords.tieBrokenBy(I18n.FRENCH, "earlier rounds")).isEqualTo("les tours précédents");
    }
}
