package org.coopkit.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.CoreFeature;
import org.coopkit.governance.GovFixtures;
import org.coopkit.governance.GovFixtures.Coop;
import org.glassfish.jersey.server.ResourceConfig;

class GovernanceApiIT {
    static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.body()).isTrue();
    }

    /** The core and governance APIs on a real server, with a board member and a member (Ada) logged in. */
    record Http(Coop c, ApiServer server, ApiClient api, ApiClient board, ApiClient ada) implements AutoCloseable {
        static Http start(TestDatabase db) {
            Coop c = GovFixtures.start(db);
            Member boardMember = CoreFixtures.admittedWithRole(c.core(), "Board", "worker", Role.BOARD);
            Member ada = CoreFixtures.admitted(c.core(), "Ada", "user");
            ApiServer server = ApiServer.start(0, new ResourceConfig().register(new CoreFeature(c.core())).register(new GovernanceFeature(c.gov())));
            try {
                ApiClient api = new ApiClient(server.baseUri());
                return new Http(c, server, api, api.login(boardMember.email(), CoreFixtures.PASSWORD), api.login(ada.email(), CoreFixtures.PASSWORD));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }

    @EachDatabase
    void a_ballot_over_http_from_creation_to_the_public_board_with_every_refusal_as_problem_json(TestDatabase db) {
        try (Http h = Http.start(db)) {
            Coop c = h.c();
            ApiClient api = h.api();
            ApiClient board = h.board();
            ApiClient adaApi = h.ada();

            String body = "{\"question\":\"Open on Sundays?\",\"method\":\"YES_NO_ABSTAIN\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(c.now(), c.inHours(24));
            problem(adaApi.post("/api/ballots", body), 403);
            problem(board.post("/api/ballots", "{\"question\":\"\",\"method\":\"IRV\",\"opensAt\":\"2026-01-01T00:00:00Z\",\"closesAt\":\"2025-01-01T00:00:00Z\"}"), 422);
            problem(board.post("/api/ballots", "{\"question\":\"x\",\"method\":\"MAGIC\"}"), 400);
            Reply created = board.post("/api/ballots", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asText();
            problem(adaApi.post("/api/ballots/" + id + "/votes", "{\"choice\":[\"yes\"]}"), 409); // draft: not open
            assertThat(board.post("/api/ballots/" + id + "/opening", null).json().get("rollSize").asInt()).isEqualTo(2);
            Member late = CoreFixtures.admitted(c.core(), "Late", "user");

            problem(adaApi.post("/api/ballots/" + id + "/votes", "{\"choice\":[\"perhaps\"]}"), 422);
            problem(api.login(late.email(), CoreFixtures.PASSWORD).post("/api/ballots/" + id + "/votes", "{\"choice\":[\"yes\"]}"), 403);
            Reply receipt = adaApi.post("/api/ballots/" + id + "/votes", "{\"choice\":[\"yes\"]}");
            assertThat(receipt.status()).isEqualTo(201);
            String code = receipt.json().get("trackingCode").asText();
            problem(adaApi.post("/api/ballots/" + id + "/votes", "{\"choice\":[\"no\"]}"), 409);
            problem(board.get("/api/ballots/" + id + "/results"), 409);
            problem(api.get("/api/ballots/" + id + "/board"), 409);
            assertThat(board.get("/api/ballots/" + id + "/turnout").json().get("voted").asInt()).isEqualTo(1);

            Reply early = board.post("/api/ballots/" + id + "/closing", null);
            problem(early, 409);
            assertThat(early.body()).contains("early-close-needs-reason");
            problem(board.post("/api/ballots/" + id + "/closing", "{\"reason\":\"too short\"}"), 409);
            assertThat(c.gov().voting().get(Actor.system(), new org.coopkit.governance.ballots.BallotId(java.util.UUID.fromString(id))).status().name()).isEqualTo("OPEN");
            c.clock().advance(Duration.ofHours(25));
            problem(board.post("/api/ballots/" + id + "/votes", "{\"choice\":[\"no\"]}"), 409);
            assertThat(board.post("/api/ballots/" + id + "/closing", null).json().get("adopted").asBoolean()).isTrue();
            Reply publicBoard = api.get("/api/ballots/" + id + "/board");
            assertThat(publicBoard.status()).isEqualTo(200);
            assertThat(publicBoard.json().get("intact").asBoolean()).isTrue();
            assertThat(publicBoard.body()).contains(code);
            assertThat(api.get("/api/ballots/" + id + "/results").json().get("rounds").get(0).get("counts").get("yes").asInt()).isEqualTo(1);
            problem(api.get("/api/ballots/00000000-0000-0000-0000-000000000000/results"), 404);
        }
    }

    @EachDatabase
    void convening_an_assembly_answers_201_once_and_the_list_answers_200_and_a_raw_decision_is_refused(TestDatabase db) {
        try (Http h = Http.start(db)) {
            Coop c = h.c();
            ApiClient api = h.api();
            ApiClient board = h.board();
            ApiClient adaApi = h.ada();
            String convene = "{\"kind\":\"ORDINARY\",\"title\":\"AGM 2026\",\"convenedOn\":\"2026-06-01\",\"firstCallAt\":\"%s\",\"secondCallAt\":\"%s\"}"
                    .formatted(c.inHours(24 * 15), c.inHours(24 * 16));

            Reply created = board.post("/api/assemblies", convene);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("assembly").get("id").asText();
            assertThat(c.gov().assemblies().all(Actor.system())).hasSize(1);
            Reply list = adaApi.get("/api/assemblies");
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            assertThat(list.json().get(0).get("id").asText()).isEqualTo(id);
            assertThat(adaApi.get("/api/assemblies/" + id).status()).isEqualTo(200);

            String raw = "{\"question\":\"Adopt?\",\"opensAt\":\"%s\",\"closesAt\":\"%s\",\"decision\":{\"kind\":\"x\",\"payload\":\"{}\"}}"
                    .formatted(c.now(), c.inHours(48));
            Reply refused = board.post("/api/assemblies/" + id + "/resolutions", raw);
            problem(refused, 422);
            assertThat(refused.body()).contains("decision");
            Reply rawBallot = board.post("/api/ballots", "{\"question\":\"Q?\",\"method\":\"YES_NO_ABSTAIN\",\"opensAt\":\"%s\",\"closesAt\":\"%s\",\"decision\":{\"kind\":\"x\",\"payload\":\"{}\"}}"
                    .formatted(c.now(), c.inHours(48)));
            problem(rawBallot, 422);
            assertThat(c.gov().voting().all(Actor.system())).isEmpty();
        }
    }
}
