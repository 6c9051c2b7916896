package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session cookie, CSRF and error pages over plain HTTP (no browser needed). */
class UiSessionIT {
    static UiApp app;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        app = new UiApp();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    private HttpResponse<String> login(String forwardedProto) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(app.base() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(app.driver.email(), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(UiApp.PASSWORD, StandardCharsets.UTF_8)));
        if (forwardedProto != null) r.header("X-Forwarded-Proto", forwardedProto);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> r) {
        String c = r.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
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
        String session = session(login(null));
        HttpResponse<String> noToken = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "logout")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("_csrf=nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(noToken.body()).contains("You may not do this");

        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "login"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@b.c&password=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("another site");
    }

    @Test
    void the_cookie_never_authenticates_the_api_and_pages_never_answer_problem_json() throws Exception {
        String session = session(login(null));
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "api/bookings")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        for (String path : new String[]{"nowhere", "cars/not-a-uuid", "treasurer/years/x/redistribution", "board/applicants"}) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + path)).header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isIn(403, 404);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("<h1>").doesNotContain("Exception", "\"status\"");
        }
        HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "me/data/export.json")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(export.body()).contains("coopkit.member-export", app.driver.email());

        HttpResponse<String> css = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "static/app.css")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }
}
