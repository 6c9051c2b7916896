package org.coopkit.governance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.coopkit.core.testing.GuardedApi;
import org.junit.jupiter.api.Test;

/** docs/api.md: every public method of a governance service takes and checks the Actor, or is on this list. */
class GuardedApiTest {
    static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopkit.governance");

    /** Keep in step with docs/api.md ("Unguarded on purpose"). */
    static final Set<String> ALLOWED = Set.of(
            // public by design once a ballot is closed: results and the ballot board (hidden from everyone before)
            "VotingService.results", "VotingService.board", "VotingService.verifyBoard", "VotingService.decision",
            // the proxy cap in force for a ballot: a statutes figure shown to every member on the proxy page
            "ProxyService.capFor",
            // the deadline scheduler: closes, as the system, the ballots whose announced close has passed
            "VotingService.closeDue", "DeadlineCloser.runOnce", "DeadlineCloser.start",
            // the reminder scheduler, as the system, and whether mail is configured (docs/mail.md)
            "BallotMailer.remindDue", "BallotMailer.start", "BallotMailer.enabled");

    @Test
    void every_public_service_method_takes_the_actor_or_is_on_the_documented_allow_list() {
        GuardedApi.check(MODULE, ALLOWED);
    }

    @Test
    void no_public_constructor_outside_internal_takes_an_internal_type() {
        GuardedApi.checkConstructors(MODULE);
    }
}
