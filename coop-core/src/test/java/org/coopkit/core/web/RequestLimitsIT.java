package org.coopkit.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Flow;
import org.coopkit.core.CoreModule;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.statutes.CoopStatutes;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.glassfish.jersey.server.ResourceConfig;

/** A request cannot cost the server more than its limits: body size, body time, anonymous writes. */
class RequestLimitsIT {
    private static final WebLimits LIMITS = WebLimits.defaults().withBody(1_048_576, Duration.ofSeconds(3), Duration.ofSeconds(2));

    record Running(CoreModule core, MutableClock clock, ApiServer server, ApiClient api) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            core.database().close();
        }
    }

    static Running start(TestDatabase db) {
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 4, 1));
        CoreModule core = new CoreModule(db.open(CoreModule.SCHEMA), clock, CoopStatutes.defaults(), AuthSettings.defaults());
        ApiServer server = ApiServer.start("127.0.0.1", 0, new ResourceConfig().register(new CoreFeature(core, LIMITS)), LIMITS);
        return new Running(core, clock, server, new ApiClient(server.baseUri()));
    }

    private static String application(int i) {
        return "{\"name\":\"Applicant " + i + "\",\"email\":\"applicant" + i + "@example.org\",\"category\":\"user\"}";
    }

    @EachDatabase
    void a_body_over_one_megabyte_is_refused_with_413_problem_json(TestDatabase db) throws Exception {
        try (Running app = start(db)) {
            String big = "{\"name\":\"" + "x".repeat(2 * 1_048_576) + "\"}";
            Reply declared = app.api().post("/api/members/applications", big);
            assertThat(declared.status()).isEqualTo(413);
            assertThat(declared.isProblem()).isTrue();
            assertThat(declared.json().get("code").asText()).isEqualTo("payload-too-large");

            // chunked: no Content-Length to refuse up front, cut while reading
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
            HttpRequest chunked = HttpRequest.newBuilder(app.server().baseUri().resolve("api/members/applications"))
                    .header("Content-Type", "application/json").POST(unknownLength(bytes)).build();
            HttpResponse<String> r = http.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(app.api().get("/api/members/me").status()).as("the server still answers").isEqualTo(401);
        }
    }

    @EachDatabase
    void a_slow_upload_is_cut_off_within_seconds_not_held_open_for_minutes(TestDatabase db) throws Exception {
        try (Running app = start(db)) {
            long t0 = System.nanoTime();
            String answer;
            try (Socket s = new Socket("127.0.0.1", app.server().port())) {
                s.setSoTimeout(60_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/members/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"na")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // then one byte a second: each pause is under the read timeout, the whole is over the deadline
                answer = trickleAndRead(s, 60);
            }
            long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
            System.out.printf("[slow upload] connection answered/closed after %d s: %s%n", seconds, answer.lines().findFirst().orElse("(closed)"));
            assertThat(seconds).isLessThan(20);
            assertThat(app.api().get("/api/members/me").status()).isEqualTo(401);
        }
    }

    @EachDatabase
    void a_stalled_upload_is_cut_off_by_the_read_timeout(TestDatabase db) throws Exception {
        try (Running app = start(db)) {
            long t0 = System.nanoTime();
            try (Socket s = new Socket("127.0.0.1", app.server().port())) {
                s.setSoTimeout(60_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/members/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                readAll(s.getInputStream());
            }
            long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
            System.out.printf("[stalled upload] connection closed after %d s%n", seconds);
            assertThat(seconds).isLessThan(20);
        }
    }

    @EachDatabase
    void anonymous_writes_are_limited_per_address_with_429_and_retry_after(TestDatabase db) {
        try (Running app = start(db)) {
            for (int i = 0; i < LIMITS.anonymousWrites(); i++) {
                assertThat(app.api().post("/api/members/applications", application(i)).status()).isEqualTo(201);
            }
            Reply refused = app.api().post("/api/members/applications", application(99));
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.retryAfter()).isPresent();
            app.clock().advance(Duration.ofMinutes(1));
            assertThat(app.api().post("/api/members/applications", application(100)).status()).isEqualTo(201);
        }
    }

    private static HttpRequest.BodyPublisher unknownLength(byte[] bytes) {
        HttpRequest.BodyPublisher inner = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1; // chunked
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
    }

    private static String trickleAndRead(Socket s, int maxBytes) throws IOException {
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        s.setSoTimeout(1000);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        for (int i = 0; i < maxBytes; i++) {
            try {
                out.write('x');
                out.flush();
            } catch (IOException closed) {
                break;
            }
            try {
                int b = in.read();
                if (b < 0) break;
                got.write(b);
                got.write(in.readNBytes(in.available()));
                break;
            } catch (java.net.SocketTimeoutException nothingYet) {
                // keep trickling
            }
        }
        return got.toString(StandardCharsets.US_ASCII);
    }

    private static void readAll(InputStream in) {
        try {
            in.readAllBytes();
        } catch (IOException e) {
            // reset by the server: closed
        }
    }
}
