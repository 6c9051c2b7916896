package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.junit.jupiter.api.Test;

/**
 * The category an applicant asks for (in our SCIC: their voting college) is confirmed or changed by
 * the board at admission, over the API and on the board's applicants page; both audited.
 */
class BoardConfirmsCategoryIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void the_board_confirms_or_changes_the_category_an_applicant_asked_for() throws Exception {
        try (UiApp app = new UiApp()) {
            var core = app.running.app().core();
            ApiClient board = new ApiClient(app.server.baseUri()).login(app.board.email(), UiApp.PASSWORD);
            Member asksOwner = CoreFixtures.applicant(core, "Asks Owner", "provider");
            Member asksDriver = CoreFixtures.applicant(core, "Asks Driver", "user");

            // a category the statutes do not have is refused, and the applicant stays an applicant
            Reply bad = board.post("/api/members/" + asksOwner.id() + "/admission", "{\"reason\":\"ok\",\"category\":\"shareholder\"}");
            assertThat(bad.status()).as(bad.body()).isEqualTo(422);
            assertThat(core.members().get(Actor.system(), asksOwner.id()).status()).isEqualTo(MemberStatus.APPLICANT);

            // the board changes it: admitted as a supporter (college "Supporters"), audited with both categories
            Reply changed = board.post("/api/members/" + asksOwner.id() + "/admission", "{\"reason\":\"no car yet\",\"category\":\"supporter\"}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().get("category").asText()).isEqualTo("supporter");
            assertThat(core.audit().about(asksOwner.id().toString())).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("member.category-changed");
                assertThat(a.data()).isEqualTo("asked provider, confirmed supporter");
            });

            // without a category the one asked for is confirmed, and that is audited too
            Reply kept = board.post("/api/members/" + asksDriver.id() + "/admission", "{\"reason\":\"welcome\"}");
            assertThat(kept.json().get("category").asText()).isEqualTo("user");
            assertThat(core.audit().about(asksDriver.id().toString())).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("member.admitted");
                assertThat(a.data()).isEqualTo("APPLICANT->MEMBER, category user confirmed (asked user)");
            });
            assertThat(core.audit().about(asksDriver.id().toString())).extracting(a -> a.action()).doesNotContain("member.category-changed");

            // on the board's page: the applicant's own choice is preselected, the board picks another
            String cookie = session(app);
            HttpResponse<String> page = get(app, cookie, "board/applicants");
            String emma = app.applicant.id().toString();
            assertThat(page.body()).contains("asked to join as Driver (college: Drivers)");
            Matcher selected = Pattern.compile("id=\"category-" + emma + "\"[^>]*>\\s*(?:<option[^>]*>[^<]*</option>\\s*)*?<option value=\"(\\w+)\" selected")
                    .matcher(page.body());
            assertThat(selected.find()).as(page.body()).isTrue();
            assertThat(selected.group(1)).isEqualTo("user");
            String csrf = csrf(page.body());
            HttpResponse<String> admitted = HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve("board/applicants/" + emma + "/admission"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&reason=&category=worker")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(303);
            Member emmaNow = core.members().get(Actor.system(), MemberId.of(emma));
            assertThat(emmaNow.status()).isEqualTo(MemberStatus.MEMBER);
            assertThat(emmaNow.category()).isEqualTo("worker");
            assertThat(core.audit().about(emma)).extracting(a -> a.action()).contains("member.category-changed");
        }
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String session(UiApp app) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(app.board.email(), StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(UiApp.PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        String c = r.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }

    private static HttpResponse<String> get(UiApp app, String cookie, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(app.server.baseUri().resolve(path)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }
}
