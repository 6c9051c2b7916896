package org.coopkit.carshare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.members.Member;
import org.coopkit.core.money.Money;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * A bounded load of votes, bookings and postings over a cluster's clients, with one node killed in the
 * middle: each request carries its request id (votes, bookings) or idempotency key (postings), and a
 * request whose outcome the client did not learn (the connection died with the node) is sent again with
 * the same id until it is answered. Afterwards: every acknowledged request is there, none twice, the
 * chains verify and the trial balance balances. The figures line is what docs/reliability.md records.
 */
final class ClusterLoad {
    static final Actor SYSTEM = Actor.system();
    static final Currency EUR = Currency.getInstance("EUR");

    /** What a run counted. */
    record Figures(String what, int requests, int acknowledged, long lost, long duplicated, int retried, int refused) {
        String line() {
            return "%s: requests=%d acknowledged=%d lost=%d duplicated=%d retried=%d refused=%d".formatted(what, requests, acknowledged, lost,
                    duplicated, retried, refused);
        }
    }

    private final List<CarshareApp> clients;
    private final MutableClock clock;
    private final int requests;
    private final List<Member> members = new ArrayList<>(); // member k casts vote k and makes booking k
    private final List<Vehicle> cars = new ArrayList<>();
    private Ballot ballot;
    private Instant base;

    ClusterLoad(List<CarshareApp> clients, MutableClock clock, int requests) {
        this.clients = clients;
        this.clock = clock;
        this.requests = requests;
    }

    CarshareApp client(int i) {
        return clients.get(Math.floorMod(i, clients.size()));
    }

    /** Members on the roll of an open ballot, drivers and cars, before the load (the fiscal year and the tariff exist). */
    void prepare() {
        CarshareApp a = clients.get(0);
        int each = (requests + 2) / 3;
        Member owner = CoreFixtures.admitted(a.core(), "Owner", "provider");
        for (int i = 0; i < 4; i++) {
            cars.add(a.carshare().vehicles().list(a.core().auth().actorFor(owner.id()), new VehicleService.Listing("Car " + i, 5, "Gare", Energy.ELECTRIC)));
        }
        for (int i = 0; i < each; i++) members.add(CoreFixtures.admitted(client(i).core(), "Member " + i, "user"));
        ballot = a.governance().voting().create(SYSTEM, BallotSpec.resolution("Open a second station?", clock.instant(),
                clock.instant().plus(Duration.ofDays(8))));
        a.governance().voting().open(SYSTEM, ballot.id());
        base = clock.instant().plus(Duration.ofDays(2));
    }

    /**
     * Runs the load on {@code threads} threads; {@code kill} runs once, when request {@code killAt} is
     * taken; {@code afterLoad} (the node's rejoining) runs before the checks.
     */
    Figures run(String what, int threads, int killAt, Runnable kill, Runnable afterLoad) throws InterruptedException {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    if (i == killAt) kill.run();
                    int n = i;
                    IntFunction<String> send = request(n);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    for (int attempt = 0; ; attempt++) {
                        try {
                            acknowledged.add(send.apply(attempt));
                            break;
                        } catch (CoopException refusal) {
                            if (refusal instanceof org.coopkit.core.errors.RetryLater) {
                                retried.incrementAndGet(); // "try again shortly": the same request again
                                sleep(300);
                                continue;
                            }
                            refused.add(n + ": " + refusal.getClass().getSimpleName() + " " + refusal.getMessage());
                            break;
                        } catch (RuntimeException unknownOutcome) {
                            // the connection died with the node: the outcome is unknown, send it again with the same id
                            retried.incrementAndGet();
                            if (System.nanoTime() > deadline) {
                                refused.add(n + ": gave up after " + unknownOutcome);
                                break;
                            }
                            sleep(300);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(6, TimeUnit.MINUTES)).as("load finished").isTrue();
        afterLoad.run();
        return verify(what, acknowledged, refused, retried.get());
    }

    /** Request n: a vote, a booking or a posting, by turns; its answer names what it made. */
    private IntFunction<String> request(int n) {
        int k = n / 3;
        return switch (n % 3) {
            case 0 -> attempt -> {
                CarshareApp c = client(n + attempt);
                Member m = members.get(k);
                c.governance().voting().castVote(c.core().auth().actorFor(m.id()), ballot.id(), List.of(k % 2 == 0 ? "yes" : "no"),
                        Optional.empty(), Optional.empty(), Optional.of(new RequestId("cluster-vote-" + m.id())));
                return "vote:" + m.id();
            };
            case 1 -> attempt -> {
                CarshareApp c = client(n + attempt);
                Member d = members.get(k);
                Instant start = base.plus(Duration.ofHours(3L * (k / cars.size())));
                var b = c.carshare().bookings().book(c.core().auth().actorFor(d.id()), cars.get(k % cars.size()).id(), start,
                        start.plus(Duration.ofHours(2)), 20, Optional.of(new RequestId("cluster-booking-" + d.id())));
                return "booking:" + b.booking().id();
            };
            default -> attempt -> {
                CarshareApp c = client(n + attempt);
                String key = "cluster-posting-" + k;
                c.ledger().journal().post(SYSTEM, PostEntry.of(key, LocalDate.of(2026, 6, 1).plusDays(k % 30), "Payout " + k,
                        JournalLine.debit("622", Money.ofMinor(100 + k, EUR)), JournalLine.credit("512", Money.ofMinor(100 + k, EUR))));
                return "posting:" + key;
            };
        };
    }

    private Figures verify(String what, List<String> acknowledged, List<String> refused, int retried) {
        CarshareApp a = clients.get(0);
        Set<String> present = new HashSet<>();
        var journal = a.ledger().journal();
        int page = 0;
        for (var p = journal.page(SYSTEM, page, 500); !p.entries().isEmpty(); p = journal.page(SYSTEM, ++page, 500)) {
            p.entries().forEach(e -> present.add("posting:" + e.key().value()));
        }
        long postings = journal.page(SYSTEM, 0, 1).total();
        long bookingRows = count(a, "select count(*) from carshare_bookings");
        long distinctDrivers = count(a, "select count(distinct driver_id) from carshare_bookings");
        for (Member d : members) {
            a.carshare().bookings().ofDriver(CoreFixtures.board(), d.id()).forEach(b -> present.add("booking:" + b.id()));
        }
        long participations = count(a, "select count(*) from gov_participation where ballot_id = '" + ballot.id() + "'");
        long box = count(a, "select count(*) from gov_ballot_box where ballot_id = '" + ballot.id() + "'");
        long voted = count(a, "select count(*) from core_audit_log where action = 'gov.voted' and subject = '" + ballot.id() + "'");
        for (String p : query(a, "select member_id from gov_participation where ballot_id = '" + ballot.id() + "'")) present.add("vote:" + p);

        long lost = acknowledged.stream().filter(x -> !present.contains(x)).count();
        long duplicated = (postings - (present.stream().filter(x -> x.startsWith("posting:")).count())) + (bookingRows - distinctDrivers)
                + (box - participations) + (voted - participations);
        Figures f = new Figures(what, requests, acknowledged.size(), lost, duplicated, retried, refused.size());
        System.out.println(f.line());
        assertThat(refused).as("requests refused or given up").isEmpty();
        assertThat(lost).as("acknowledged requests lost").isZero();
        assertThat(duplicated).as("requests applied twice").isZero();
        assertThat(acknowledged).as("every request acknowledged once the cluster took over").hasSize(requests);
        assertThat(journal.verify(SYSTEM).intact()).as("journal chain").isTrue();
        assertThat(a.core().audit().verify().intact()).as("audit chain").isTrue();
        assertThat(journal.trialBalance(SYSTEM, LocalDate.of(2026, 12, 31)).balanced()).as("trial balance").isTrue();
        clock.advance(Duration.ofDays(9));
        a.governance().voting().close(SYSTEM, ballot.id());
        assertThat(a.governance().voting().board(ballot.id())).as("board").hasSize((int) participations);
        assertThat(a.governance().voting().verifyBoard(ballot.id()).intact()).as("ballot board chain").isTrue();
        return f;
    }

    static long count(CarshareApp a, String sql) {
        return Long.parseLong(query(a, sql).get(0));
    }

    static List<String> query(CarshareApp a, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = a.database().dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
            c.rollback();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return out;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
