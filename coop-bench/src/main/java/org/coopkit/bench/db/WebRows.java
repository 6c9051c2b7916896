package org.coopkit.bench.db;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.WebLimits;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The web rows of the bench (issue 17): the example app's REST reads against a Jersey hello-world
 * resource registered on the same Grizzly container, driven by a closed-loop load generator on
 * loopback (N connections, HTTP/1.1 keep-alive, bounded in time, interleaved repetitions); and the
 * latency (p50/p99) of the treasurer's redistribution page and the member's home page with many
 * members and patronage rows, under the same load.
 */
final class WebRows implements AutoCloseable {
    private static final String PASSWORD = "bench-password-2026";
    private final String db;
    private final CarshareApp app;
    private final ApiServer server;
    private final BenchCoop coop;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String memberToken;
    private final String memberSession;
    private final String treasurerSession;

    /** The hello world the REST rows are measured against: the container's floor (routing, one small JSON body). */
    @Path("/bench/hello")
    public static final class Hello {
        /** @return a small JSON object, as small as /api/tariffs/current's */
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String hello() {
            return "{\"hello\":\"world\"}";
        }
    }

    WebRows(BenchDatabase bdb, String db) {
        this.db = db;
        Database database = Database.open(bdb.config().withPoolSize(16), CarshareApp.schemas().toArray(ModuleSchema[]::new));
        this.app = CarshareApp.on(database, Clock.fixed(BenchCoop.NOW, ZoneOffset.UTC));
        app.carshare().tariffs().publishInitial(Actor.system(), new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
        FiscalYear year = app.ledger().fiscalYears().open(Actor.system(), FiscalYear.calendar(2026));
        this.coop = new BenchCoop(database, app.core(), app.ledger(), app.governance(), year);
        Member member = admit("Mona Member", "mona@bench.example");
        Member treasurer = admit("Theo Treasurer", "theo@bench.example");
        app.core().auth().grantRole(Actor.system(), treasurer.id(), Role.TREASURER);
        this.memberToken = app.core().auth().login("mona@bench.example", PASSWORD, "bench").secret();
        this.memberSession = app.core().auth().login("mona@bench.example", PASSWORD, "bench", TokenKind.SESSION, "127.0.0.1", "bench").secret();
        this.treasurerSession = app.core().auth().login("theo@bench.example", PASSWORD, "bench", TokenKind.SESSION, "127.0.0.2", "bench").secret();
        ResourceConfig rc = app.resourceConfig();
        rc.register(Hello.class);
        this.server = ApiServer.start("127.0.0.1", 0, rc, app.webLimits());
    }

    private Member admit(String name, String email) {
        Member a = app.core().members().apply(Actor.anonymous(), MemberApplication.of(name, email, "user").withPassword(PASSWORD));
        return app.core().members().admit(Actor.system(), a.id(), "bench");
    }

    /** The co-op behind the app, for {@link ReportRows} to fill with members and patronage. */
    BenchCoop coop() {
        return coop;
    }

    /**
     * One REST read against the hello world: {@code connections} clients for {@code seconds} on each side,
     * interleaved {@code repetitions} times (after one warm-up pair).
     */
    Row rest(String path, int connections, double seconds, int repetitions) throws Exception {
        Row row = new Row("REST GET " + path + " vs Jersey hello, " + connections + " conns", db, "req/s", "≥ 0.3");
        HttpRequest coopReq = get(path).header("Authorization", "Bearer " + memberToken).build();
        HttpRequest helloReq = get("/bench/hello").build();
        load(coopReq, connections, Math.min(1.0, seconds), null);
        load(helloReq, connections, Math.min(1.0, seconds), null);
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            long c = load(coopReq, connections, seconds, null);
            long t1 = System.nanoTime();
            long h = load(helloReq, connections, seconds, null);
            long t2 = System.nanoTime();
            row.add(c, t1 - t0, h, t2 - t1);
        }
        return row;
    }

    /** The latency of a page for a logged-in person under {@code connections} concurrent clients: p50 and p99. */
    String pageLatency(String label, String path, boolean treasurer, int connections, double seconds) throws Exception {
        HttpRequest req = get(path).header("Cookie", "coopkit_session=" + (treasurer ? treasurerSession : memberSession)).build();
        load(req, Math.max(1, connections / 4), Math.min(2.0, seconds), null); // warm-up
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long n = load(req, connections, seconds, nanos);
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        String line = String.format(Locale.ROOT, "| %s | %s | p50 %.0f ms | p99 %.0f ms | %d requests, %d conns, %.0f s | — | %s |",
                label, db, pct(sorted, 0.50) / 1e6, pct(sorted, 0.99) / 1e6, n, connections, seconds, "latency, no baseline");
        return line;
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path)).timeout(Duration.ofSeconds(60)).GET();
    }

    /** A closed loop: each client sends the next request when the previous answered; every answer must be 200. */
    private long load(HttpRequest req, int connections, double seconds, List<Long> latencies) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                done.add(pool.submit(() -> {
                    long count = 0;
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException(req.uri() + " answered " + res.statusCode() + ": "
                                    + new String(res.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                        if (latencies != null) latencies.add(System.nanoTime() - t);
                        count++;
                    }
                    return count;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) total += f.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() {
        server.close();
        app.close();
    }
}
