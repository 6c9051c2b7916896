package org.coopkit.carshare.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every operation of the OpenAPI document, anonymously and with a member's and
 * a board member's token: malformed JSON, wrong types, huge and negative numbers, long and unicode
 * strings, missing and extra fields, invalid ids, dates and query parameters, wrong content types.
 * No answer is a 5xx, every API error is problem+json, and a refused request leaves every table as
 * it was (row count and content hash of each table, compared before and after). Web pages and forms
 * are fuzzed anonymously for "no 5xx" and "unchanged when refused".
 *
 * <p>Run with {@code -Dfuzz.seed=S} to replay a run; {@code -Dfuzz.rounds=N} calls each operation N
 * times per role (default 10); the run stops after {@code -Dfuzz.seconds} (default 240).
 */
class ApiFuzzIT extends SecurityWorldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> ROLES = List.of("anonymous", "member", "board");
    private static final String[] BAD_IDS = {"not-a-uuid", "0", "-1", "%00", "..%2F..%2Fetc", "00000000-0000-0000-0000-000000000000",
            "99999999999999999999", "%E2%80%AE", "x".repeat(3000), "'%20or%201=1--", "%F0%9F%98%80"};
    private static final String[] BAD_DATES = {"2026-13-45", "yesterday", "", "+999999999-12-31T23:59:59Z", "2026-02-30T25:61:00Z",
            "-000001-01-01", "1970-01-01T00:00:00", "2026-05-04T10:00:00+99:00"};
    private static final String[] MALFORMED = {"{", "[1,", "nul", "\"", "{\"a\":}", "{\"a\" 1}", "}{", "\u0000", "{\"kind\":\"CLEANING\",}",
            "[]", "42", "true", "{\"a\":" .repeat(200)};
    @Test
    void no_fuzzed_request_gets_a_5xx_every_api_error_is_problem_json_and_refusals_change_nothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int rounds = Integer.getInteger("fuzz.rounds", 10);
        long deadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("fuzz.seconds", 240)).toNanos();
        System.out.println("fuzz: seed=" + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        Calls calls = new Calls(world);
        List<String> fiveXx = new ArrayList<>();
        List<String> notProblem = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int requests = 0;
        Map<String, String> snapshot = snapshot();
        List<String[]> ops = world.openApiOperations();
        outer:
        for (int round = 0; round < rounds; round++) {
            for (String[] op : ops) {
                String method = op[0];
                String template = op[1];
                boolean api = template.startsWith("/api/");
                for (String role : api ? ROLES : List.of("anonymous")) {
                    if (System.nanoTime() > deadline) break outer;
                    if (method.equals("DELETE") && template.equals("/api/auth/token") && !role.equals("anonymous")) continue; // would log the fuzzer out
                    Calls.Call valid = api ? calls.bind(method, template, role, false) : null;
                    Map<String, String> before = snapshot; // binding with fresh=false writes nothing
                    Fuzzed f = api ? fuzz(random, valid) : fuzzPage(random, method, template);
                    Reply reply = f.send(world);
                    requests++;
                    String what = method + " " + f.path().substring(0, Math.min(160, f.path().length())) + " as " + role + " [" + f.mutation() + "] -> "
                            + reply.status();
                    if (reply.status() >= 500) fiveXx.add(what + " " + reply.body().substring(0, Math.min(300, reply.body().length())));
                    if (api && reply.status() >= 400 && !reply.isProblem()) notProblem.add(what + " " + reply.contentType());
                    Map<String, String> after = snapshot();
                    if (reply.status() >= 400 && !after.equals(before)) changed.add(what + " changed " + diff(before, after));
                    snapshot = after;
                }
            }
        }
        System.out.println("fuzz: requests=" + requests + " 5xx=" + fiveXx.size() + " non-problem-errors=" + notProblem.size()
                + " changed-on-refusal=" + changed.size() + " seed=" + seed);
        for (String line : concat(fiveXx, notProblem, changed)) System.out.println("fuzz: finding: " + line);
        assertThat(fiveXx).as("5xx answers (seed " + seed + ")").isEmpty();
        assertThat(notProblem).as("API errors that are not application/problem+json (seed " + seed + ")").isEmpty();
        assertThat(changed).as("refused requests that changed the database (seed " + seed + ")").isEmpty();
        assertThat(requests).as("a few thousand requests").isGreaterThan(1000);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a.subList(0, Math.min(20, a.size())));
        all.addAll(b.subList(0, Math.min(20, b.size())));
        all.addAll(c.subList(0, Math.min(40, c.size())));
        return all;
    }

    /** One fuzzed request and what was done to it. */
    record Fuzzed(String method, String path, String contentType, String body, ApiClient client, String cookie, String mutation) {
        Reply send(SecurityWorld w) {
            if (client != null) return client.send(method, path, contentType, body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(w.server.baseUri().toString() + path.substring(1))).timeout(Duration.ofSeconds(30));
            if (contentType != null) b.header("Content-Type", contentType);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Fuzzed fuzz(Random r, Calls.Call c) throws Exception {
        String path = c.path();
        String body = c.body();
        String type = body == null ? null : "application/json";
        String mutation;
        int pick = r.nextInt(10);
        switch (pick) {
            case 0 -> {
                mutation = "malformed-json";
                body = body != null && r.nextBoolean() ? body.substring(0, r.nextInt(Math.max(1, body.length()))) : pickOne(r, MALFORMED);
                type = "application/json";
            }
            case 1, 2 -> {
                mutation = "field-values";
                body = mutateFields(r, body);
                type = "application/json";
            }
            case 3 -> {
                mutation = "missing-fields";
                body = dropFields(r, body);
                type = "application/json";
            }
            case 4 -> {
                mutation = "extra-fields";
                body = addFields(r, body);
                type = "application/json";
            }
            case 5, 6 -> {
                mutation = "path-ids";
                path = badPath(r, path);
            }
            case 7 -> {
                mutation = "query";
                path = path.replaceAll("\\?.*$", "") + "?" + String.join("&", List.of("year=" + pickOne(r, "abc", "-1", "99999999999", "2026"),
                        "quarter=" + pickOne(r, "0", "5", "x"), "page=" + pickOne(r, "-1", "999999999", "a"), "size=" + pickOne(r, "0", "100000", "-5"),
                        "member=" + pickOne(r, BAD_IDS), "from=" + pickOne(r, "2026-13-01", "x"), "to=" + pickOne(r, "0000-00-00", ""),
                        "at=" + pickOne(r, "now", "2026-02-30"), "ballot=" + pickOne(r, BAD_IDS)));
            }
            case 8 -> {
                mutation = "content-type";
                type = pickOne(r, "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "");
                if (type.isEmpty()) type = null;
                body = body == null ? "a=1" : body;
            }
            default -> {
                mutation = "unicode-strings";
                body = mutateStrings(r, body);
                type = "application/json";
            }
        }
        return new Fuzzed(c.method(), path, type, body, c.client(), null, mutation);
    }

    private static Fuzzed fuzzPage(Random r, String method, String template) {
        String path = template.replaceAll("\\{[^}]+}", pickOne(r, BAD_IDS)).replace("{year}", "x");
        if (r.nextBoolean()) path += "?next=" + pickOne(r, "//evil.example", "%0d%0aSet-Cookie:x=1", "x".repeat(3000)) + "&year=abc&quarter=9&at=x&code=" + pickOne(r, BAD_IDS);
        String body = method.equals("GET") ? null : pickOne(r, "_csrf=nope&email=a%40b.c&password=x", "reason=" + "é".repeat(5000), "\u0000\u0001", "km=-1&_csrf=");
        String type = method.equals("GET") ? null : pickOne(r, "application/x-www-form-urlencoded", "application/json", "text/plain");
        return new Fuzzed(method, path, type, body, null, null, "page");
    }

    private static String badPath(Random r, String path) {
        String[] parts = path.split("\\?", 2);
        String[] segs = parts[0].split("/");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 2; i < segs.length; i++) if (segs[i].matches("[0-9a-f-]{36}|\\d{4}|\\d+")) candidates.add(i);
        if (candidates.isEmpty()) candidates.add(segs.length - 1);
        segs[candidates.get(r.nextInt(candidates.size()))] = pickOne(r, BAD_IDS);
        return String.join("/", segs) + (parts.length > 1 ? "?" + parts[1] : "");
    }

    private static JsonNode tree(String body) {
        try {
            return body == null ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    private static String mutateFields(Random r, String body) throws Exception {
        JsonNode n = tree(body);
        if (!(n instanceof ObjectNode o) || o.isEmpty()) return JSON.writeValueAsString(Map.of("x", weird(r)));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        for (String f : names) if (r.nextInt(3) == 0 || names.size() == 1) o.set(f, weird(r));
        return JSON.writeValueAsString(o);
    }

    private static String mutateStrings(Random r, String body) throws Exception {
        JsonNode n = tree(body);
        if (!(n instanceof ObjectNode o)) return body;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual() || r.nextInt(4) == 0) e.setValue(JSON.getNodeFactory().textNode(longString(r)));
        }
        return JSON.writeValueAsString(o);
    }

    private static String dropFields(Random r, String body) throws Exception {
        JsonNode n = tree(body);
        if (!(n instanceof ObjectNode o) || o.isEmpty() || r.nextInt(4) == 0) return r.nextBoolean() ? "{}" : "null";
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        o.remove(names.get(r.nextInt(names.size())));
        return JSON.writeValueAsString(o);
    }

    private static String addFields(Random r, String body) throws Exception {
        JsonNode n = tree(body);
        ObjectNode o = n instanceof ObjectNode on ? on : JSON.createObjectNode();
        o.set(pickOne(r, "zzz", "__proto__", "id", "memberId", "status", "roles", "admin", "membershipNumber"), weird(r));
        return JSON.writeValueAsString(o);
    }

    /** A value of a surprising type or size. */
    private static JsonNode weird(Random r) {
        var f = JSON.getNodeFactory();
        return switch (r.nextInt(12)) {
            case 0 -> f.numberNode(-1);
            case 1 -> f.numberNode(Long.MAX_VALUE);
            case 2 -> f.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> f.numberNode(-2147483649L);
            case 4 -> f.textNode(longString(r));
            case 5 -> f.arrayNode().add(1).add("x");
            case 6 -> f.objectNode().put("a", 1);
            case 7 -> f.booleanNode(true);
            case 8 -> f.nullNode();
            case 9 -> f.textNode(pickOne(r, BAD_DATES));
            case 10 -> f.textNode(pickOne(r, BAD_IDS));
            default -> f.numberNode(0.000001);
        };
    }

    private static String longString(Random r) {
        String unit = pickOne(r, "a", "é", "𝕏", "😀", "\u202e", "\u0000", "Ω≈ç√", "<script>", "'; drop table x;--", "=HYPERLINK(\"x\")");
        return unit.repeat(1 + r.nextInt(r.nextBoolean() ? 10 : 20_000));
    }

    @SafeVarargs
    private static <T> T pickOne(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** Row count and an order-independent content hash of every table. */
    private static Map<String, String> snapshot() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = world.app().database().dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
                while (t.next()) tables.add(t.getString("TABLE_NAME"));
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    if (table.toLowerCase(Locale.ROOT).startsWith("databasechangelog")) continue;
                    long count = 0;
                    long hash = 0;
                    try (ResultSet rs = s.executeQuery("select * from " + table)) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= cols; i++) row.append(rs.getString(i)).append('\u0001');
                            hash += row.toString().hashCode() * 0x9E3779B97F4A7C15L + row.length();
                            count++;
                        }
                    }
                    out.put(table, count + ":" + Long.toHexString(hash));
                }
            }
            if (!c.getAutoCommit()) c.rollback();
        }
        return out;
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        List<String> d = new ArrayList<>();
        after.forEach((t, v) -> {
            if (!v.equals(before.get(t))) d.add(t + " " + before.get(t) + "->" + v);
        });
        return d.toString();
    }
}
