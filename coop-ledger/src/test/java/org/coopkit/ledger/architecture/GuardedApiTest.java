package org.coopkit.ledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.coopkit.core.testing.GuardedApi;
import org.junit.jupiter.api.Test;

/** docs/api.md: every public method of a ledger service takes and checks the Actor, or is on this list. */
class GuardedApiTest {
    static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit.ledger");

    /** Keep in step with docs/api.md ("Unguarded on purpose"). */
    static final Set<String> ALLOWED = Set.of(
            // reference data and wiring: the chart of accounts, the currency, the policy, the posting lock
            "ChartOfAccounts.get", "ChartOfAccounts.withRole", "ChartOfAccounts.installStandard", "PatronageService.currency",
            "AllocationService.policy", "Journal.serializeWithPostings",
            // core's capital port: called by CapitalService inside its own checked operations (docs/api.md)
            "LedgerCapitalBooks.post", "LedgerCapitalBooks.heldInBooks",
            // wiring: the app registers the accounts-approval decision type with its decision handlers at start-up
            "AccountsApprovals.decisionType");

    @Test
    void every_public_service_method_takes_the_actor_or_is_on_the_documented_allow_list() {
        GuardedApi.check(MODULE, ALLOWED);
    }

    @Test
    void no_public_constructor_outside_internal_takes_an_internal_type() {
        GuardedApi.checkConstructors(MODULE);
    }
}
