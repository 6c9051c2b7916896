package org.coopkit.carshare;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.coopkit.core.testing.CoreFixtures;

/**
 * The app's web pages over plain HTTP/1.1, no browser: the login form, the session cookie it sets, and
 * pages fetched or posted with a cookie. Paths are relative to the server's base ({@code "login"},
 * {@code "vote"}); a raw path starting with {@code /} is sent as written (odd spellings included).
 */
public final class PageClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;

    /** @param base the server's base address, as {@code ApiServer.baseUri()} gives it */
    public PageClient(URI base) {
        this.base = base;
    }

    /** @param base the server's base address as a string */
    public PageClient(String base) {
        this(URI.create(base));
    }

    /** The address of a page: relative to the base, or (starting with {@code /}) appended to it as written. */
    public URI at(String path) {
        if (!path.startsWith("/")) return base.resolve(path);
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }

    /** Posts the login form; {@code forwardedProto}, when not null, is sent as {@code X-Forwarded-Proto}. */
    public HttpResponse<String> logIn(String email, String password, String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(at("login")).timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        if (forwardedProto != null) r.header("X-Forwarded-Proto", forwardedProto);
        return send(r);
    }

    /** Posts the login form. */
    public HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
        return logIn(email, password, null);
    }

    /** Logs in with the fixtures' password and returns the session cookie ({@code name=value}). */
    public String session(String email) throws IOException, InterruptedException {
        return cookie(logIn(email, CoreFixtures.PASSWORD, null));
    }

    /** The first cookie a response sets, as {@code name=value}. */
    public static String cookie(HttpResponse<?> r) {
        String c = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no Set-Cookie: " + r));
        return c.substring(0, c.indexOf(';'));
    }

    /** GETs a page with a cookie (none when empty or null). */
    public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(at(path)).timeout(TIMEOUT).GET();
        if (cookie != null && !cookie.isEmpty()) r.header("Cookie", cookie);
        return send(r);
    }

    /** POSTs a body (none when null) with a cookie and a content type (none when null). */
    public HttpResponse<String> post(String path, String cookie, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(at(path)).timeout(TIMEOUT)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null && !cookie.isEmpty()) r.header("Cookie", cookie);
        if (contentType != null) r.header("Content-Type", contentType);
        return send(r);
    }

    /** Sends a request built by the caller (headers of its own) and reads the body as text. */
    public HttpResponse<String> send(HttpRequest.Builder r) throws IOException, InterruptedException {
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
