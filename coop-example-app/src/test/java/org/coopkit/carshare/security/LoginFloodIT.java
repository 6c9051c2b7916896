package org.coopkit.carshare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.auth.PasswordHasher;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.WebLimits;
import org.junit.jupiter.api.Test;

/**
 * 50 concurrent log-ins (each a real argon2 check) while a member reads the tariff: hashing runs at
 * most two at a time, the rest wait briefly or get 503 + Retry-After, and the tariff keeps
 * answering. Latencies are measured and printed, not asserted (the machine is shared).
 */
class LoginFloodIT {
    private static final int FLOOD = 50;

    record Figures(List<Long> baselineMs, List<Long> duringMs, Map<Integer, Integer> outcomes, long floodMs, PasswordHasher.Stats hashing) {
    }

    @Test
    void a_flood_of_50_concurrent_logins_leaves_the_tariff_answering_and_never_runs_more_than_two_hashes_at_once() throws Exception {
        Figures bounded = flood(AuthSettings.defaults().withAttempts(5, 10_000));
        print("bounded (2 permits)", bounded);
        assertThat(bounded.hashing().peakInFlight()).isLessThanOrEqualTo(2);
        assertThat(bounded.outcomes().keySet()).isSubsetOf(201, 503);
        assertThat(bounded.outcomes().getOrDefault(201, 0)).isPositive();
        assertThat(bounded.duringMs()).isNotEmpty();

        // for comparison only (printed): the same flood with hashing unbounded, as before the limit
        Figures unbounded = flood(AuthSettings.defaults().withAttempts(5, 10_000).withHashing(FLOOD + 1, Duration.ofSeconds(30)));
        print("unbounded (comparison)", unbounded);
    }

    private static Figures flood(AuthSettings settings) throws Exception {
        MutableClock clock = MutableClock.on(LocalDate.of(2026, 5, 4));
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2);
             CarshareApp app = CarshareApp.on(db.open(db.config().withPoolSize(8), CarshareApp.schemas().toArray(ModuleSchema[]::new)),
                     clock, settings, WebLimits.defaults())) {
            app.carshare().tariffs().publishInitial(Actor.system(), new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR"));
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) members.add(CoreFixtures.admitted(app.core(), "Flood " + i, "user"));
            try (ApiServer server = ApiServer.start(0, app.resourceConfig())) {
                ApiClient api = new ApiClient(server.baseUri());
                for (int i = 0; i < 5; i++) api.get("/api/tariffs/current"); // warm up
                List<Long> baseline = new ArrayList<>();
                for (int i = 0; i < 30; i++) baseline.add(timed(api));

                ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Reply>> logins = new ArrayList<>();
                for (Member m : members) {
                    logins.add(pool.submit(() -> {
                        go.await();
                        return api.post("/api/auth/token", "{\"email\":\"" + m.email() + "\",\"password\":\"" + CoreFixtures.PASSWORD + "\"}");
                    }));
                }
                long t0 = System.nanoTime();
                go.countDown();
                List<Long> during = Collections.synchronizedList(new ArrayList<>());
                while (logins.stream().anyMatch(f -> !f.isDone())) during.add(timed(api));
                long floodMs = (System.nanoTime() - t0) / 1_000_000;
                Map<Integer, Integer> outcomes = new TreeMap<>();
                for (Future<Reply> f : logins) {
                    Reply r = f.get();
                    outcomes.merge(r.status(), 1, Integer::sum);
                    if (r.status() == 503) assertThat(r.retryAfter()).isPresent();
                }
                pool.shutdown();
                return new Figures(baseline, during, outcomes, floodMs, app.core().auth().hashingStats());
            }
        }
    }

    private static long timed(ApiClient api) {
        long t0 = System.nanoTime();
        Reply r = api.get("/api/tariffs/current");
        assertThat(r.status()).isEqualTo(200);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void print(String label, Figures f) {
        System.out.printf("[login flood, %s] %d logins in %d ms: outcomes %s; peak hashes at once %d (refused %d)%n", label, FLOOD, f.floodMs(),
                f.outcomes(), f.hashing().peakInFlight(), f.hashing().refused());
        System.out.printf("[login flood, %s] GET /api/tariffs/current before: %s; during (%d calls): %s%n", label, stats(f.baselineMs()),
                f.duringMs().size(), stats(f.duringMs()));
    }

    private static String stats(List<Long> ms) {
        if (ms.isEmpty()) return "no calls";
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        return "p50 %d ms, p95 %d ms, max %d ms".formatted(s.get(s.size() / 2), s.get(Math.min(s.size() - 1, (int) (s.size() * 0.95))), s.get(s.size() - 1));
    }
}
