package org.coopkit.carshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.tariffs.TariffProposal;
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

/**
 * Informed ballots over the API (issue 14): members on the roll read the description, the documents
 * and what the decision refers to, and ask questions; anyone else gets 403; bad input is a
 * problem+json naming the rule, and changes nothing.
 */
class InformedBallotsApiIT {

    @EachDatabase
    void the_roll_reads_and_asks_others_get_403_and_bad_input_changes_nothing(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member ada = r.member("Ada", "user");
        Member board = CoreFixtures.admittedWithRole(r.app().core(), "Bea Board", "worker", Role.BOARD);
        Instant now = r.clock().instant();
        Ballot b = r.app().proposals().proposeTariff(Actor.system(), new TariffProposal("3.50", "0.30", "5.00", new BigDecimal("70"), "EUR"),
                now, now.plus(Duration.ofDays(8)));
        Member late = r.member("Late Larry", "user"); // admitted after the roll froze
        String base = "/api/ballots/" + b.id();
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient anonymous = new ApiClient(server.baseUri());
            ApiClient adaApi = anonymous.login(ada.email(), CoreFixtures.PASSWORD);
            ApiClient lateApi = anonymous.login(late.email(), CoreFixtures.PASSWORD);
            ApiClient boardApi = anonymous.login(board.email(), CoreFixtures.PASSWORD);

            Reply described = boardApi.put(base + "/briefing/description", "{\"description\":\"Insurance rose: **+18%**. <img src=x onerror=alert(1)>\"}");
            assertThat(described.status()).as(described.body()).isEqualTo(200);
            assertThat(boardApi.post(base + "/briefing/documents", "{\"title\":\"Insurance letter\",\"url\":\"https://coop.example/letter.pdf\"}").status())
                    .isEqualTo(201);
            CarshareApiIT.problem(boardApi.post(base + "/briefing/documents", "{\"title\":\"Trap\",\"url\":\"javascript:alert(1)\"}"), 422);
            CarshareApiIT.problem(boardApi.put(base + "/briefing/description", "{\"description\":\"" + "x".repeat(8001) + "\"}"), 422);

            Reply briefing = adaApi.get(base + "/briefing");
            assertThat(briefing.status()).as(briefing.body()).isEqualTo(200);
            assertThat(briefing.json().get("descriptionHtml").asText()).contains("<strong>+18%</strong>", "&lt;img").doesNotContain("<img");
            assertThat(briefing.json().get("documents")).hasSize(1);
            Reply docs = adaApi.get(base + "/decision-documents");
            assertThat(docs.status()).as(docs.body()).isEqualTo(200);
            assertThat(docs.json().get("kind").asText()).isEqualTo("carshare.tariff");
            assertThat(docs.json().get("tariff").get("terms").get(1).get("proposed").asText()).isEqualTo("EUR 0.30");

            for (String path : new String[]{base + "/briefing", base + "/decision-documents", base + "/comments"}) {
                CarshareApiIT.problem(lateApi.get(path), 403);
                CarshareApiIT.problem(anonymous.get(path), 401);
            }
            CarshareApiIT.problem(lateApi.post(base + "/comments", "{\"text\":\"Can I ask too?\"}"), 403);

            Reply html = adaApi.post(base + "/comments", "{\"text\":\"Look <b>here</b>\"}");
            CarshareApiIT.problem(html, 422);
            assertThat(html.json().get("errors").get("text").asText()).contains("without HTML");
            assertThat(adaApi.get(base + "/comments").json()).isEmpty();
            Reply asked = adaApi.post(base + "/comments", "{\"text\":\"Why 0.30 per km?\"}");
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            CarshareApiIT.problem(adaApi.post(base + "/comments/" + asked.json().get("id").asText() + "/answers", "{\"text\":\"Because.\"}"), 403);
            r.clock().advance(Duration.ofMinutes(3));
            Reply answered = boardApi.post(base + "/comments/" + asked.json().get("id").asText() + "/answers", "{\"text\":\"Insurance, see the letter.\"}");
            assertThat(answered.status()).as(answered.body()).isEqualTo(201);
            assertThat(adaApi.get(base + "/comments").json().get(1).get("byBoard").asBoolean()).isTrue();

            assertThat(adaApi.post(base + "/votes", "{\"choice\":[\"yes\"]}").status()).isEqualTo(201);
            Reply frozen = boardApi.put(base + "/briefing/description", "{\"description\":\"Another text\"}");
            CarshareApiIT.problem(frozen, 409);
            assertThat(frozen.json().get("code").asText()).isEqualTo("briefing-frozen");
            assertThat(adaApi.get(base + "/briefing").json().get("description").asText()).startsWith("Insurance rose");

            r.clock().advance(Duration.ofDays(9));
            r.app().governance().voting().closeDue();
            adaApi = anonymous.login(ada.email(), CoreFixtures.PASSWORD); // sessions expire: log in again after moving the clock
            Reply closed = adaApi.post(base + "/comments", "{\"text\":\"After the close?\"}");
            CarshareApiIT.problem(closed, 409);
            assertThat(closed.json().get("code").asText()).isEqualTo("discussion-closed");
            assertThat(adaApi.get(base + "/decision-documents").status()).isEqualTo(200);
        }
    }
}
