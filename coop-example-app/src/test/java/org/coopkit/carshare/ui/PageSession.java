package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member's web session over plain HTTP (no browser): logs in with the form, reads pages, and
 * posts forms with the CSRF token of the page they came from, as a browser would.
 */
public final class PageSession {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final URI base;
    private final String cookie;

    private PageSession(URI base, String cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    /** Logs in through the login form; the language cookie, when given ("fr"), makes the pages speak it. */
    public static PageSession logIn(URI base, String email, String password, String lang) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("email", email, "password", password)))));
        assertThat(r.statusCode()).as("login of " + email + ": " + r.body()).isEqualTo(303);
        String c = r.headers().firstValue("Set-Cookie").orElseThrow();
        String session = c.substring(0, c.indexOf(';'));
        return new PageSession(base, lang == null ? session : session + "; coopkit_lang=" + lang);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie));
    }

    /** Reads {@code page}, takes its CSRF token and posts {@code fields} to {@code action}. */
    public HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        HttpResponse<String> shown = get(page);
        assertThat(shown.statusCode()).as(page + ": " + shown.body()).isEqualTo(200);
        Matcher m = CSRF.matcher(shown.body());
        assertThat(m.find()).as("a form with a CSRF token on " + page).isTrue();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", m.group(1));
        all.putAll(fields);
        return send(HttpRequest.newBuilder(base.resolve(action)).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    /** Posts {@code fields} to {@code action} as they are: no CSRF token is added. */
    public HttpResponse<String> postRaw(String action, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(action)).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
