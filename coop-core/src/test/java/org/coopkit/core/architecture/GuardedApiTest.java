package org.coopkit.core.architecture;

import java.util.Set;
import org.coopkit.core.testing.GuardedApi;
import org.junit.jupiter.api.Test;

/** docs/api.md: every public method of a core service takes and checks the Actor, or is on this list. */
class GuardedApiTest {
    /** Keep in step with docs/api.md ("Unguarded on purpose"). */
    static final Set<String> ALLOWED = Set.of(
            // authentication: these establish who the Actor is
            "AuthService.login", "AuthService.logout", "AuthService.authenticate", "AuthService.actorFor",
            // public by design: the data-use policy in force and its history (GET /api/data-policy)
            "DataPolicyService.current", "DataPolicyService.history",
            // processing guards the app calls before it processes data for a purpose: they answer yes or no
            "ConsentService.has", "ConsentService.require",
            // wiring, called by the modules at start-up
            "DataPolicyService.decisionHandler", "DataPolicyService.ensureInitial", "PrivacyService.registry",
            "CapitalService.connectBooks",
            // the name shown next to what a member wrote or did (docs/api.md)
            "MemberDirectory.name", "MemberDirectory.names",
            // configuration and counters of the password-hashing pool: no co-op data
            "AuthService.settings", "AuthService.hashingStats",
            // mail: queued from inside a use case that checked its actor; drained by the application's scheduler (docs/mail.md)
            "Outbox.enqueue", "OutboxSender.drainOnce", "OutboxSender.start");

    @Test
    void every_public_service_method_takes_the_actor_or_is_on_the_documented_allow_list() {
        GuardedApi.check(CoreArchitectureTest.CORE, ALLOWED);
    }

    @Test
    void no_public_constructor_outside_internal_takes_an_internal_type() {
        GuardedApi.checkConstructors(CoreArchitectureTest.CORE);
    }
}
