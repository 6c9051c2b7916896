package org.coopkit.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small real HTTP client for API tests (JDK HttpClient, HTTP/1.1). */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;
    private final java.util.Map<String, String> extra;

    public ApiClient(URI base) {
        this(base, null, java.util.Map.of());
    }

    private ApiClient(URI base, String token, java.util.Map<String, String> extra) {
        this.base = base;
        this.token = token;
        this.extra = extra;
    }

    public ApiClient as(String bearerToken) {
        return new ApiClient(base, bearerToken, extra);
    }

    /** A client that sends this header on every request too (e.g. a {@code Cookie}). */
    public ApiClient withHeader(String name, String value) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(extra);
        m.put(name, value);
        return new ApiClient(base, token, java.util.Map.copyOf(m));
    }

    /** The bearer token this client sends, if any. */
    public java.util.Optional<String> token() {
        return java.util.Optional.ofNullable(token);
    }

    /** Logs in and returns a client carrying the token. */
    public ApiClient login(String email, String password) {
        Reply r = post("/api/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 201) throw new IllegalStateException("login failed: " + r);
        return as(r.json().get("token").asText());
    }

    public record Reply(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {
        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** A response header (case-insensitive name). */
        public java.util.Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst();
        }

        public java.util.Optional<String> retryAfter() {
            return header("Retry-After");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public Reply get(String path) {
        return send(builder(path).GET(), null);
    }

    public Reply get(String path, String accept) {
        return send(builder(path).header("Accept", accept).GET(), null);
    }

    public Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), null);
    }

    public Reply post(String path, String contentType, String body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    public Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE(), null);
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = builder(path);
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b, null);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        extra.forEach(b::header);
        return b;
    }

    private Reply send(HttpRequest.Builder b, Object unused) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
