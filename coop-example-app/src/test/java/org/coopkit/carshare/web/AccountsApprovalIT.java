package org.coopkit.carshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.ledger.fiscal.AccountsApproval;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;

/**
 * "Approve the accounts" as a typed decision (issue 14): the payload names a closed year, checked when
 * the ballot is created (422 naming the problem, nothing created); members on the roll read the year's
 * accounts from the ballot's documents; adopted, the ballot records the approval once; rejected, nothing;
 * one open or adopted ballot per year's accounts.
 */
class AccountsApprovalIT {
    private static final FiscalYearId Y2025 = FiscalYearId.of(2025);

    @EachDatabase
    void a_closed_year_is_put_to_the_vote_read_by_the_roll_and_approved_once_when_adopted(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        Member board = CoreFixtures.admittedWithRole(r.app().core(), "Bea Board", "worker", Role.BOARD);
        var years = r.app().ledger().fiscalYears();
        years.open(Actor.system(), FiscalYear.calendar(2025));
        years.open(Actor.system(), FiscalYear.calendar(2026));
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient anonymous = new ApiClient(server.baseUri());
            ApiClient boardApi = anonymous.login(board.email(), CoreFixtures.PASSWORD);
            int ballots = r.app().governance().voting().all(Actor.system()).size();

            Reply unknown = boardApi.post("/api/proposals/accounts-approval", body(r, 2031));
            CarshareApiIT.problem(unknown, 422);
            assertThat(unknown.json().get("errors").get("fiscalYear").asText()).contains("no fiscal year 2031");
            Reply open = boardApi.post("/api/proposals/accounts-approval", body(r, 2026));
            CarshareApiIT.problem(open, 422);
            assertThat(open.json().get("errors").get("fiscalYear").asText()).contains("2026 is not closed");
            Reply stillOpen = boardApi.post("/api/proposals/accounts-approval", body(r, 2025));
            CarshareApiIT.problem(stillOpen, 422);
            assertThat(r.app().governance().voting().all(Actor.system())).hasSize(ballots);

            years.close(Actor.system(), Y2025, years.previewClosing(Actor.system(), Y2025).fingerprint());
            Reply created = boardApi.post("/api/proposals/accounts-approval", body(r, 2025));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String ballot = created.json().get("id").asText();
            Reply twice = boardApi.post("/api/proposals/accounts-approval", body(r, 2025));
            CarshareApiIT.problem(twice, 409);
            assertThat(twice.json().get("code").asText()).isEqualTo("decision-subject-on-ballot");
            assertThat(r.app().governance().voting().all(Actor.system())).hasSize(ballots + 1);

            Member late = r.member("Late Larry", "user"); // admitted after the roll froze
            ApiClient adaApi = anonymous.login(ada.email(), CoreFixtures.PASSWORD);
            Reply docs = adaApi.get("/api/ballots/" + ballot + "/decision-documents");
            assertThat(docs.status()).as(docs.body()).isEqualTo(200);
            assertThat(docs.json().get("kind").asText()).isEqualTo("ledger.accounts-approval");
            assertThat(docs.json().get("accounts").get("fiscalYear").asText()).isEqualTo("2025");
            assertThat(docs.json().get("accounts").get("incomeStatement").isArray()).isTrue();
            assertThat(docs.json().get("accounts").get("balanced").asBoolean()).isTrue();
            CarshareApiIT.problem(anonymous.login(late.email(), CoreFixtures.PASSWORD).get("/api/ballots/" + ballot + "/decision-documents"), 403);
            assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025)).isEmpty();

            assertThat(adaApi.post("/api/ballots/" + ballot + "/votes", "{\"choice\":[\"yes\"]}").status()).isEqualTo(201);
            r.clock().advance(Duration.ofDays(9));
            r.app().governance().voting().closeDue();
            assertThat(r.app().governance().voting().results(BallotId.of(ballot)).adopted()).hasValue(true);
            assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025))
                    .hasValue(new AccountsApproval(Y2025, ballot, LocalDate.now(r.clock())));

            // applied once: the decision applied again (a retry, another ballot) leaves the first approval
            var decision = r.app().governance().voting().get(Actor.system(), BallotId.of(ballot)).spec().decision().orElseThrow();
            r.app().decisions().apply(BallotId.random().toString(), decision);
            assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025).map(AccountsApproval::ballot)).hasValue(ballot);

            boardApi = anonymous.login(board.email(), CoreFixtures.PASSWORD);
            Reply afterAdoption = boardApi.post("/api/proposals/accounts-approval", body(r, 2025));
            CarshareApiIT.problem(afterAdoption, 409);
            assertThat(afterAdoption.json().get("detail").asText()).contains("adopted");
        }
    }

    @EachDatabase
    void a_rejected_ballot_records_no_approval_and_the_year_may_be_put_again(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        var years = r.app().ledger().fiscalYears();
        years.open(Actor.system(), FiscalYear.calendar(2025));
        years.close(Actor.system(), Y2025, years.previewClosing(Actor.system(), Y2025).fingerprint());
        Instant now = r.clock().instant();
        var b = r.app().proposals().proposeAccountsApproval(Actor.system(), 2025, now, now.plus(Duration.ofDays(8)));
        r.app().governance().voting().castVote(Actor.member(ada.id()), b.id(), java.util.List.of("no"));
        r.clock().advance(Duration.ofDays(9));
        r.app().governance().voting().closeDue();
        assertThat(r.app().governance().voting().results(b.id()).adopted()).hasValue(false);
        assertThat(r.app().ledger().accountsApprovals().of(Actor.system(), Y2025)).isEmpty();
        Instant later = r.clock().instant();
        var again = r.app().proposals().proposeAccountsApproval(Actor.system(), 2025, later, later.plus(Duration.ofDays(8)));
        assertThat(again.id()).isNotEqualTo(b.id());
    }

    private static String body(Running r, int year) {
        Instant now = r.clock().instant();
        return "{\"year\":%d,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(year, now, now.plus(Duration.ofDays(8)));
    }
}
