package org.coopkit.carshare.trips;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Logged work counts as patronage only once a board member who is not the worker approves it. */
class WorkApprovalIT {
    static String workHours(ApiClient member) {
        JsonNode byKind = member.get("/api/ledger/patronage/me?from=2025-01-01&to=2026-12-31").json().get("byKind");
        return byKind.has("WORK_HOURS") ? byKind.get("WORK_HOURS").get("volume").asText() : "0";
    }

    @EachDatabase
    void work_counts_as_patronage_only_when_another_board_member_approves_it_and_never_in_a_closed_year(TestDatabase db) {
        CarshareFixtures.Running r = CarshareFixtures.start(db, 4);
        var core = r.app().core();
        Member worker = CoreFixtures.admittedWithRole(core, "Wanda Worker", "worker", Role.BOARD);
        Member other = CoreFixtures.admittedWithRole(core, "Otto Board", "worker", Role.BOARD);
        Member plain = r.member("Paul Plain", "user");
        r.app().ledger().fiscalYears().open(Actor.system(), FiscalYear.calendar(2025));
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri());
            ApiClient wanda = api.login(worker.email(), CoreFixtures.PASSWORD);
            ApiClient otto = api.login(other.email(), CoreFixtures.PASSWORD);
            ApiClient paul = api.login(plain.email(), CoreFixtures.PASSWORD);

            // logged: pending, not patronage yet
            Reply logged = wanda.post("/api/work", "{\"kind\":\"CLEANING\",\"minutes\":90,\"on\":\"2026-05-01\",\"note\":\"washed the Zoe\"}");
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
            assertThat(logged.json().get("status").asText()).isEqualTo("PENDING");
            String id = logged.json().get("id").asText();
            assertThat(workHours(wanda)).isEqualTo("0");
            assertThat(otto.get("/api/work/pending").json().findValuesAsText("id")).contains(id);

            // nobody confirms their own hours, a plain member confirms nothing
            Reply own = wanda.post("/api/work/" + id + "/approval", null);
            assertThat(own.status()).as(own.body()).isEqualTo(403);
            assertThat(own.json().get("detail").asText()).contains("their own work");
            assertThat(paul.post("/api/work/" + id + "/approval", null).status()).isEqualTo(403);
            assertThat(workHours(wanda)).isEqualTo("0");

            // another board member approves: now 1.5 hours of patronage, audited; only once
            Reply approved = otto.post("/api/work/" + id + "/approval", null);
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
            assertThat(approved.json().get("reviewedBy").asText()).isEqualTo(other.id().toString());
            assertThat(workHours(wanda)).isEqualTo("1.5");
            assertThat(core.audit().about(id)).extracting(a -> a.action()).contains("carshare.work-logged", "carshare.work-approved");
            assertThat(otto.post("/api/work/" + id + "/approval", null).status()).isEqualTo(409);

            // rejected work never counts
            String second = wanda.post("/api/work", "{\"kind\":\"CHECK\",\"minutes\":60,\"on\":\"2026-05-02\"}").json().get("id").asText();
            assertThat(otto.post("/api/work/" + second + "/rejection", "{\"reason\":\"\"}").status()).isEqualTo(422);
            Reply rejected = otto.post("/api/work/" + second + "/rejection", "{\"reason\":\"no car was checked that day\"}");
            assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
            assertThat(wanda.get("/api/work").json().findValuesAsText("rejectionReason")).contains("no car was checked that day");
            assertThat(workHours(wanda)).isEqualTo("1.5");

            // a closed year takes no more work: refused when logged, and when approved after the closing
            String late = wanda.post("/api/work", "{\"kind\":\"REPAIR\",\"minutes\":30,\"on\":\"2025-12-20\"}").json().get("id").asText();
            r.app().ledger().fiscalYears().close(Actor.system(), FiscalYearId.of(2025));
            Reply refused = wanda.post("/api/work", "{\"kind\":\"REPAIR\",\"minutes\":30,\"on\":\"2025-12-21\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("detail").asText()).contains("2025-12-21", "fiscal year 2025 is closed");
            Reply tooLate = otto.post("/api/work/" + late + "/approval", null);
            assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(409);
            assertThat(wanda.get("/api/work").json().findValuesAsText("status")).containsExactlyInAnyOrder("APPROVED", "REJECTED", "PENDING");
        }
    }
}
