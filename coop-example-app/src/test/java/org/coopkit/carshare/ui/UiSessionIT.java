package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coopkit.carshare.PageClient;
import org.junit.jupiter.api.Test;

/** The session cookie, CSRF and error pages over plain HTTP (no browser needed). */
class UiSessionIT extends UiHttpTest {
    private HttpResponse<String> login(String forwardedProto) throws Exception {
        return pages.logIn(app.driver.email(), UiApp.PASSWORD, forwardedProto);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure_behind_https() throws Exception {
        HttpResponse<String> plain = login(null);
        assertThat(plain.statusCode()).isEqualTo(303);
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("coopkit_session=ck_").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(login("https").headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void a_post_without_the_csrf_token_or_from_another_site_is_refused_with_a_page() throws Exception {
        String session = PageClient.cookie(login(null));
        HttpResponse<String> noToken = pages.post("logout", session, "application/x-www-form-urlencoded", "_csrf=nope");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(noToken.body()).contains("You may not do this");

        HttpResponse<String> foreign = pages.send(HttpRequest.newBuilder(pages.at("login"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c&password=x")));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("another site");
    }

    @Test
    void the_cookie_never_authenticates_the_api_and_pages_never_answer_problem_json() throws Exception {
        String session = PageClient.cookie(login(null));
        HttpResponse<String> api = pages.get("api/bookings", session);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        for (String path : new String[]{"nowhere", "cars/not-a-uuid", "treasurer/years/x/redistribution", "board/applicants", "assemblies/not-a-uuid/minutes", "assemblies/" + java.util.UUID.randomUUID() + "/minutes"}) {
            HttpResponse<String> page = pages.get(path, session);
            assertThat(page.statusCode()).as(path).isIn(403, 404);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("<h1>").doesNotContain("Exception", "\"status\"");
        }
        HttpResponse<String> export = pages.get("me/data/export.json", session);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(export.body()).contains("coopkit.member-export", app.driver.email());

        HttpResponse<String> css = pages.get("static/app.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }
}
