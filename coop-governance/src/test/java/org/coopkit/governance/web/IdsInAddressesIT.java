package org.coopkit.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.governance.web.GovernanceApiIT.problem;

import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.governance.GovFixtures.Coop;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.assemblies.AssemblyStatus;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.proxies.Proxy;
import org.coopkit.governance.proxies.ProxyId;

/**
 * Assembly and proxy ids in addresses and bodies (issue 16: id records): what is not an id, or names
 * nothing, is a problem+json 404 (address) or 400 (body) and changes nothing; an id read back from
 * the database is the id that was handed out.
 */
class IdsInAddressesIT {
    private static final Actor BOARD = Actor.system();
    private static final String[] NOT_IDS = {"not-a-uuid", "0", "..%2F..%2Fetc", "%E2%80%AE", "x".repeat(300)};

    @EachDatabase
    void an_assembly_address_that_is_no_id_or_names_no_assembly_is_404_and_closes_nothing(TestDatabase db) {
        try (GovernanceApiIT.Http h = GovernanceApiIT.Http.start(db)) {
            Coop c = h.c();
            Assembly a = c.gov().assemblies().convene(BOARD, AssemblyKind.ORDINARY, "AGM", c.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                    c.inHours(-1), c.inHours(24));
            Ballot resolution = c.gov().assemblies().addOpenResolution(BOARD, a.id(), BallotSpec.resolution("Adopt?", c.now(), c.inHours(2)));

            assertThat(c.gov().assemblies().get(BOARD, AssemblyId.of(a.id().toString()))).isEqualTo(a);
            assertThat(resolution.spec().assembly()).contains(a.id());
            assertThat(c.gov().assemblies().agenda(BOARD, a.id())).extracting(Ballot::id).containsExactly(resolution.id());
            assertThat(h.ada().get("/api/assemblies/" + a.id()).json().get("agenda").get(0).get("assembly").asText()).isEqualTo(a.id().toString());

            for (String bad : new String[]{NOT_IDS[0], NOT_IDS[1], NOT_IDS[4], UUID.randomUUID().toString()}) {
                problem(h.ada().get("/api/assemblies/" + bad), 404);
                problem(h.ada().get("/api/assemblies/" + bad + "/minutes"), 404);
                problem(h.board().post("/api/assemblies/" + bad + "/closing", "{\"call\":\"FIRST\"}"), 404);
                problem(h.board().post("/api/assemblies/" + bad + "/resolutions",
                        "{\"question\":\"Q?\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}".formatted(c.now(), c.inHours(2))), 404);
            }
            assertThat(c.gov().assemblies().get(BOARD, a.id()).status()).isEqualTo(AssemblyStatus.CONVENED);
            assertThat(c.gov().assemblies().agenda(BOARD, a.id())).hasSize(1);
            assertThat(c.gov().assemblies().all(BOARD)).hasSize(1);
        }
    }

    @EachDatabase
    void a_proxy_address_that_is_no_id_or_names_no_proxy_is_404_and_a_bad_ballot_in_the_body_is_400(TestDatabase db) {
        try (GovernanceApiIT.Http h = GovernanceApiIT.Http.start(db)) {
            Coop c = h.c();
            Member bruno = CoreFixtures.admitted(c.core(), "Bruno", "user");
            ApiClient brunoApi = h.api().login(bruno.email(), CoreFixtures.PASSWORD);
            Ballot b = c.gov().voting().open(BOARD, c.gov().voting().create(BOARD, BallotSpec.resolution("Q?", c.now(), c.inHours(48))).id());
            Reply given = h.ada().post("/api/proxies", "{\"ballot\":\"%s\",\"holder\":\"%s\"}".formatted(b.id(), bruno.id()));
            assertThat(given.status()).as(given.body()).isEqualTo(201);
            ProxyId id = ProxyId.of(given.json().get("id").asText());

            for (String bad : NOT_IDS) {
                problem(brunoApi.post("/api/proxies/" + bad + "/acceptance", null), 404);
                problem(brunoApi.post("/api/proxies/" + bad + "/declining", null), 404);
                problem(h.ada().delete("/api/proxies/" + bad), 404);
            }
            problem(brunoApi.post("/api/proxies/" + UUID.randomUUID() + "/acceptance", null), 404);
            problem(h.ada().delete("/api/proxies/" + UUID.randomUUID()), 404);
            Reply badBallot = h.ada().post("/api/proxies", "{\"ballot\":\"not-a-uuid\",\"holder\":\"%s\"}".formatted(bruno.id()));
            problem(badBallot, 400);
            assertThat(badBallot.body()).contains("ballot");

            assertThat(c.gov().proxies().all(BOARD, java.util.Optional.empty())).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(id);
                assertThat(p.status()).isEqualTo(Proxy.Status.PENDING);
            });
            assertThat(brunoApi.post("/api/proxies/" + id + "/acceptance", null).json().get("status").asText()).isEqualTo("ACCEPTED");
        }
    }
}
