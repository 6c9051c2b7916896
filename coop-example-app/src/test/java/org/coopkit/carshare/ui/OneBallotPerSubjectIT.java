package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.junit.jupiter.api.Test;

/** A second vote on the tariff while the first is open is refused, naming the rule, on the API and on the board's page; nothing is created. */
class OneBallotPerSubjectIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_second_tariff_vote_while_the_first_is_open_is_refused_on_the_api_and_the_board_page() throws Exception {
        try (UiApp app = new UiApp()) {
            ApiClient board = new ApiClient(app.server.baseUri()).login(app.board.email(), UiApp.PASSWORD);
            var now = app.running.clock().instant();
            String body = "{\"perHour\":\"3.50\",\"perKm\":\"0.25\",\"minimum\":\"5.00\",\"ownerSharePercent\":70,\"opensAt\":\"%s\",\"closesAt\":\"%s\"}"
                    .formatted(now, now.plus(Duration.ofDays(8)));
            assertThat(board.post("/api/proposals/tariff", body).status()).isEqualTo(201);

            Reply second = board.post("/api/proposals/tariff", body);
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.isProblem()).isTrue();
            assertThat(second.json().get("code").asText()).isEqualTo("decision-subject-on-ballot");
            assertThat(app.running.app().governance().voting().all(org.coopkit.core.actors.Actor.system())).hasSize(1);

            String cookie = session(app);
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve("board/proposals")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            String local = LocalDateTime.ofInstant(now, Ui.ZONE).withNano(0).toString();
            String closes = LocalDateTime.ofInstant(now.plus(Duration.ofDays(8)), Ui.ZONE).withNano(0).toString();
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve("board/proposals/tariff"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(page.body())) + "&perHour=3.50&perKm=0.25&minimum=5.00&ownerSharePercent=70"
                            + "&t-opens=" + enc(local) + "&t-closes=" + enc(closes))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("id=\"tariff-error\"", "already put to the vote by another ballot", "one ballot per decision subject");
            assertThat(app.running.app().governance().voting().all(org.coopkit.core.actors.Actor.system())).hasSize(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static String session(UiApp app) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + enc(app.board.email()) + "&password=" + enc(UiApp.PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        String c = r.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }
}
