package org.coopkit.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.glassfish.jersey.server.ResourceConfig;

class CoreApiIT {
    record Running(CoreModule core, ApiServer server, ApiClient api) {
    }

    static Running start(TestDatabase db) {
        CoreModule core = new CoreModule(db.open(CoreModule.SCHEMA), MutableClock.on(LocalDate.of(2026, 4, 1)), CoopStatutes.defaults());
        ApiServer server = ApiServer.start(0, new ResourceConfig().register(new CoreFeature(core)));
        return new Running(core, server, new ApiClient(server.baseUri()));
    }

    @EachDatabase
    void an_applicant_applies_logs_in_is_admitted_by_the_board_and_reads_their_record(TestDatabase db) {
        Running app = start(db);
        try (ApiServer ignored = app.server()) {
            Member boardMember = CoreFixtures.admittedWithRole(app.core(), "Board Bo", "worker", Role.BOARD);
            ApiClient board = app.api().login(boardMember.email(), CoreFixtures.PASSWORD);

            Reply applied = app.api().post("/api/members/applications", """
                    {"name":"Noor Haddad","email":"noor@example.org","category":"user","password":"a good long password",
                     "address":{"street":"1 rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}}""");
            assertThat(applied.status()).isEqualTo(201);
            String id = applied.json().get("id").asText();
            assertThat(applied.json().get("status").asText()).isEqualTo("APPLICANT");

            Reply admitted = board.post("/api/members/" + id + "/admission", "{\"reason\":\"board meeting\"}");
            assertThat(admitted.status()).isEqualTo(200);
            assertThat(admitted.json().get("membershipNumber").asLong()).isEqualTo(2);

            ApiClient noor = app.api().login("noor@example.org", "a good long password");
            Reply me = noor.get("/api/members/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("status").asText()).isEqualTo("MEMBER");
            assertThat(board.get("/api/members?page=0&size=10").json().get("total").asLong()).isEqualTo(2);
            Reply csv = board.get("/api/members/register.csv", "text/csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("Noor Haddad");
        }
    }

    @EachDatabase
    void errors_are_problem_json_with_the_right_status_and_never_a_5xx(TestDatabase db) {
        Running app = start(db);
        try (ApiServer ignored = app.server()) {
            Member a = CoreFixtures.admitted(app.core(), "Ana", "user");
            Member b = CoreFixtures.admitted(app.core(), "Ben", "user");
            ApiClient ana = app.api().login(a.email(), CoreFixtures.PASSWORD);

            assertProblem(app.api().get("/api/members/me"), 401);
            assertProblem(app.api().as("ck_forged").get("/api/members/me"), 401);
            assertProblem(app.api().post("/api/auth/token", "{\"email\":\"" + a.email() + "\",\"password\":\"wrong password\"}"), 401);
            assertProblem(ana.get("/api/members/" + b.id()), 403);
            assertProblem(ana.get("/api/members"), 403);
            assertProblem(ana.post("/api/members/" + b.id() + "/suspension", "{\"reason\":\"spite\"}"), 403);
            assertProblem(ana.get("/api/members/register.csv"), 403);
            assertProblem(app.api().get("/api/members/00000000-0000-0000-0000-000000000000"), 401);
            Member boardMember = CoreFixtures.admittedWithRole(app.core(), "Board Bo", "worker", Role.BOARD);
            ApiClient board = app.api().login(boardMember.email(), CoreFixtures.PASSWORD);
            assertProblem(board.get("/api/members/00000000-0000-0000-0000-000000000000"), 404);
            assertProblem(board.get("/api/members/not-a-uuid"), 404);
            assertProblem(board.get("/api/no-such-thing"), 404);
            assertProblem(board.post("/api/members/" + a.id() + "/admission", "{}"), 409);

            Reply invalid = app.api().post("/api/members/applications", "{\"name\":\"\",\"email\":\"nope\",\"category\":\"user\"}");
            assertProblem(invalid, 422);
            assertThat(invalid.json().get("errors").fieldNames()).toIterable().contains("name", "email");
            assertProblem(app.api().post("/api/members/applications", "{\"name\":\"X\",\"email\":\"x@example.org\",\"category\":\"pilot\"}"), 422);
            assertProblem(app.api().post("/api/members/applications", "{\"name\":\"X\",\"email\":\"x@example.org\",\"category\":\"user\",\"dateOfBirth\":\"yesterday\"}"), 400);

            for (String malformed : List.of("{", "not json", "[1,2]", "{\"name\": 12, ", "\"just a string\"")) {
                assertProblem(app.api().post("/api/members/applications", malformed), 400);
            }
            assertProblem(app.api().post("/api/members/applications", null), 400);
            assertProblem(app.api().post("/api/members/applications", "text/plain", "hello"), 415);
            assertProblem(app.api().send("PATCH", "/api/members/me", "application/json", "{}"), 405);
            assertProblem(board.post("/api/members/" + a.id() + "/roles", "{\"role\":\"EMPEROR\"}"), 400);
            assertProblem(board.get("/api/members?page=-1"), 422);
            assertProblem(board.get("/api/members?size=abc"), 404);

            // nothing of the above changed anything
            assertThat(board.get("/api/members?size=100").json().get("total").asLong()).isEqualTo(3);
            assertThat(app.core().audit().verify().intact()).isTrue();
        }
    }

    @EachDatabase
    void a_revoked_token_no_longer_opens_the_door(TestDatabase db) {
        Running app = start(db);
        try (ApiServer ignored = app.server()) {
            Member a = CoreFixtures.admitted(app.core(), "Cal", "user");
            ApiClient cal = app.api().login(a.email(), CoreFixtures.PASSWORD);
            assertThat(cal.get("/api/members/me").status()).isEqualTo(200);
            assertThat(cal.delete("/api/auth/token").status()).isEqualTo(204);
            assertProblem(cal.get("/api/members/me"), 401);
        }
    }

    static void assertProblem(Reply r, int status) {
        assertThat(r.status()).as("status of %s", r).isEqualTo(status);
        assertThat(r.isProblem()).as("problem+json: %s", r).isTrue();
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception:");
    }

    @EachDatabase
    void data_rights_over_http_export_consent_policy_and_loyalty(TestDatabase db) {
        Running app = start(db);
        try (ApiServer ignored = app.server()) {
            Member a = CoreFixtures.admitted(app.core(), "Ana", "user");
            Member b = CoreFixtures.admitted(app.core(), "Ben", "user");
            ApiClient ana = app.api().login(a.email(), CoreFixtures.PASSWORD);

            Reply export = ana.get("/api/members/" + a.id() + "/export");
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.json().get("schema").asText()).isEqualTo("coopkit.member-export/1");
            assertProblem(ana.get("/api/members/" + b.id() + "/export"), 403);
            assertProblem(app.api().get("/api/members/" + a.id() + "/export"), 401);

            assertThat(ana.put("/api/members/" + a.id() + "/consents/newsletter", "{}").json().get("active").asBoolean()).isTrue();
            assertProblem(ana.put("/api/members/" + a.id() + "/consents/selling-data", "{}"), 422);
            assertThat(ana.delete("/api/members/" + a.id() + "/consents/newsletter").status()).isEqualTo(204);
            assertThat(ana.get("/api/members/" + a.id() + "/consents").json().get(0).get("active").asBoolean()).isFalse();
            assertThat(ana.get("/api/members/" + a.id() + "/access-log").status()).isEqualTo(200);

            assertThat(app.api().get("/api/data-policy").json().get("version").asInt()).isEqualTo(1);
            assertThat(ana.post("/api/loyalty-reports", "{\"subject\":\"Price\",\"text\":\"Too high at night\"}").status()).isEqualTo(201);
            assertProblem(ana.post("/api/loyalty-reports", "{\"subject\":\"\",\"text\":\"\"}"), 422);
            assertThat(ana.get("/api/loyalty-reports").json().size()).isEqualTo(1);
            assertProblem(ana.post("/api/members/" + a.id() + "/erasure", null), 409);
        }
    }
}
