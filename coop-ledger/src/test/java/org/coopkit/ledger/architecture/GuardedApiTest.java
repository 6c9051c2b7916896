package org.coopkit.ledger.architecture;

import java.util.Set;
import org.coopkit.core.testing.GuardedApiRules;

/** docs/api.md: every public method of a ledger service takes and checks the Actor, or is on this list. */
class GuardedApiTest extends GuardedApiRules {
    /** Keep in step with docs/api.md ("Unguarded on purpose"). */
    static final Set<String> ALLOWED = Set.of(
            // reference data and wiring: the chart of accounts, the currency, the policy, the posting lock
            "ChartOfAccounts.get", "ChartOfAccounts.withRole", "ChartOfAccounts.installStandard", "PatronageService.currency",
            "AllocationService.policy", "Journal.serializeWithPostings",
            // core's capital port: called by CapitalService inside its own checked operations (docs/api.md)
            "LedgerCapitalBooks.post", "LedgerCapitalBooks.heldInBooks",
            // wiring: the app registers the accounts-approval decision type with its decision handlers at start-up
            "AccountsApprovals.decisionType");

    GuardedApiTest() {
        super("org.coopkit.ledger", ALLOWED);
    }
}
