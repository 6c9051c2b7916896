package org.coopkit.carshare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.DecisionStatus;
import org.coopkit.ledger.fiscal.AccountsApproved;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.fiscal.FiscalYearStatus;

/**
 * Once the members adopted a year's accounts-approval ballot, the figures they voted on stand: reopening
 * that year is refused with the rule named (409 {@code accounts-approved}), nothing changes; a closed year
 * whose accounts were not approved still reopens. A year reopened while its accounts are being voted on is
 * not approved behind the treasurer's back: the adopted decision fails with the reason, and the board
 * retries it once the year is closed again.
 */
class ReopenAfterApprovalIT {
    private static final FiscalYearId Y2025 = FiscalYearId.of(2025);
    private static final FiscalYearId Y2024 = FiscalYearId.of(2024);

    @EachDatabase
    void a_year_whose_accounts_the_members_approved_is_not_reopened_and_one_not_approved_is(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        Member tess = CoreFixtures.admittedWithRole(r.app().core(), "Tess Treasurer", "worker", Role.TREASURER);
        Actor treasurer = r.actor(tess);
        var years = r.app().ledger().fiscalYears();
        for (FiscalYearId y : List.of(Y2024, Y2025)) {
            years.open(treasurer, FiscalYear.calendar(Integer.parseInt(y.value())));
            years.close(treasurer, y, years.previewClosing(treasurer, y).fingerprint());
        }
        Ballot b = adoptApproval(r, ada, 2025);
        assertThat(r.app().ledger().accountsApprovals().of(treasurer, Y2025)).isPresent();

        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri()).login(tess.email(), CoreFixtures.PASSWORD);
            Reply refused = api.post("/api/ledger/fiscal-years/2025/reopening", "{\"reason\":\"a late supplier invoice\"}");

            CarshareApiIT.problem(refused, 409);
            assertThat(refused.json().get("code").asText()).isEqualTo("accounts-approved");
            assertThat(refused.json().get("detail").asText()).contains("accounts of fiscal year 2025 were approved by ballot " + b.id(),
                    "can no longer be reopened");
            assertThat(years.get(treasurer, Y2025).status()).isEqualTo(FiscalYearStatus.CLOSED);
            assertThatThrownBy(() -> years.reopen(Actor.system(), Y2025, "again")).isInstanceOf(AccountsApproved.class);
            assertThat(years.get(treasurer, Y2025).status()).isEqualTo(FiscalYearStatus.CLOSED);

            // a closed year whose accounts were not approved reopens as before
            Reply reopened = api.post("/api/ledger/fiscal-years/2024/reopening", "{\"reason\":\"a late supplier invoice\"}");
            assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
            assertThat(years.get(treasurer, Y2024).status()).isEqualTo(FiscalYearStatus.OPEN);
        }
    }

    @EachDatabase
    void a_year_reopened_during_the_vote_is_not_approved_until_closed_again_and_the_decision_retried(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        var years = r.app().ledger().fiscalYears();
        years.open(Actor.system(), FiscalYear.calendar(2025));
        years.close(Actor.system(), Y2025, years.previewClosing(Actor.system(), Y2025).fingerprint());
        Instant now = r.clock().instant();
        Ballot b = r.app().proposals().proposeAccountsApproval(Actor.system(), 2025, now, now.plus(Duration.ofDays(8)));
        r.app().governance().voting().castVote(Actor.member(ada.id()), b.id(), List.of("yes"));
        years.reopen(Actor.system(), Y2025, "a late supplier invoice"); // allowed: nothing is approved yet

        r.clock().advance(Duration.ofDays(9));
        r.app().governance().voting().closeDue();

        assertThat(r.app().governance().voting().results(b.id()).adopted()).hasValue(true);
        assertThat(r.app().governance().voting().decision(b.id())).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.FAILED);
            assertThat(d.failure()).hasValueSatisfying(f -> assertThat(f).contains("fiscal year 2025 is not closed"));
        });
        assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025)).isEmpty();
        assertThat(years.get(Actor.system(), Y2025).status()).isEqualTo(FiscalYearStatus.OPEN);

        years.close(Actor.system(), Y2025, years.previewClosing(Actor.system(), Y2025).fingerprint());
        assertThat(r.app().governance().voting().retryDecision(Actor.system(), b.id()).status()).isEqualTo(DecisionStatus.APPLIED);
        assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025)).hasValueSatisfying(a -> assertThat(a.ballot()).isEqualTo(b.id().toString()));
        assertThatThrownBy(() -> years.reopen(Actor.system(), Y2025, "again")).isInstanceOf(AccountsApproved.class);
    }

    /** The board puts the year's accounts to the vote, Ada votes yes, the ballot closes at its deadline: adopted. */
    static Ballot adoptApproval(Running r, Member voter, int year) {
        Instant now = r.clock().instant();
        Ballot b = r.app().proposals().proposeAccountsApproval(Actor.system(), year, now, now.plus(Duration.ofDays(8)));
        r.app().governance().voting().castVote(Actor.member(voter.id()), b.id(), List.of("yes"));
        r.clock().advance(Duration.ofDays(9));
        r.app().governance().voting().closeDue();
        assertThat(r.app().governance().voting().results(b.id()).adopted()).hasValue(true);
        return b;
    }
}
