package org.coopkit.governance.architecture;

import java.util.Set;
import org.coopkit.core.testing.GuardedApiRules;

/** docs/api.md: every public method of a governance service takes and checks the Actor, or is on this list. */
class GuardedApiTest extends GuardedApiRules {
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

    GuardedApiTest() {
        super("org.coopkit.governance", ALLOWED);
    }
}
