package org.coopkit.carshare.reliability;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;

/**
 * A bounded, seeded, mixed load through the real HTTP API: admissions by the board, bookings, trip
 * endings, votes, work logs, ballots opened and closed. Every 2xx answer is written down in
 * {@link Acks}: those are the promises a crash must not break. A request whose answer never came
 * (the server died under it) is "in doubt": it may or may not have happened, and is not counted.
 */
final class CrashLoad {
    /** Who acts: the board's token, drivers' tokens, the cars, applicants waiting for admission. */
    record Cast(String boardToken, List<Driver> drivers, List<String> cars, Queue<String> applicants, List<String> ballots) {
    }

    record Driver(String memberId, String token) {
    }

    record Vote(String ballot, String member, String trackingCode) {
    }

    /** What the server acknowledged, across every cycle of the run. */
    static final class Acks {
        final Map<String, Long> admitted = new ConcurrentHashMap<>();
        final Set<String> bookings = ConcurrentHashMap.newKeySet();
        final Set<String> trips = ConcurrentHashMap.newKeySet();
        final Set<String> work = ConcurrentHashMap.newKeySet();
        final List<Vote> votes = new CopyOnWriteArrayList<>();
        final Set<String> ballotsOpened = ConcurrentHashMap.newKeySet();
        final Set<String> ballotsClosed = ConcurrentHashMap.newKeySet();
        final List<String> votable = new CopyOnWriteArrayList<>();
        final Set<String> voted = ConcurrentHashMap.newKeySet();
        final Map<Long, String> everConfirmed = new ConcurrentHashMap<>();
        final AtomicLong numbersHandedOutTwice = new AtomicLong();
        final AtomicLong slots = new AtomicLong();
        final AtomicLong inDoubt = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final List<String> serverErrors = new CopyOnWriteArrayList<>();

        long acknowledged() {
            return admitted.size() + bookings.size() + trips.size() + work.size() + votes.size() + ballotsOpened.size() + ballotsClosed.size();
        }
    }

    private final Cast cast;
    private final Acks acks;

    CrashLoad(Cast cast, Acks acks) {
        this.cast = cast;
        this.acks = acks;
    }

    /** Runs {@code threads} workers against the server until {@code stop} is set; each worker's choices follow its seed. */
    List<Thread> start(URI base, long seed, int threads, AtomicBoolean stop) {
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(seed * 31 + t);
            ApiClient api = new ApiClient(base);
            Thread w = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        step(api, random);
                    } catch (IllegalStateException e) {
                        acks.inDoubt.incrementAndGet(); // no answer: the server went down under this request
                        sleep(20);
                    }
                }
            }, "crash-load-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        return workers;
    }

    private void step(ApiClient api, Random random) {
        int dice = random.nextInt(100);
        Driver d = cast.drivers().get(random.nextInt(cast.drivers().size()));
        ApiClient member = api.as(d.token());
        ApiClient board = api.as(cast.boardToken());
        if (dice < 18) admit(board);
        else if (dice < 38) book(member, random);
        else if (dice < 58) trip(member, random);
        else if (dice < 78) vote(member, d, random);
        else if (dice < 93) work(member, random);
        else if (dice < 97) openBallot(board);
        else closeBallot(board, random);
    }

    private void admit(ApiClient board) {
        String applicant = cast.applicants().poll();
        if (applicant == null) return;
        Reply r = board.post("/api/members/" + applicant + "/admission", "{\"reason\":\"crash test\"}");
        if (!ok(r)) return;
        long number = r.json().get("membershipNumber").asLong();
        acks.admitted.put(applicant, number);
        String earlier = acks.everConfirmed.putIfAbsent(number, applicant);
        if (earlier != null && !earlier.equals(applicant)) acks.numbersHandedOutTwice.incrementAndGet();
    }

    private void book(ApiClient member, Random random) {
        // far in the future, one slot per booking: never refused for an overlap
        Instant start = Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofHours(acks.slots.incrementAndGet()));
        String car = cast.cars().get(random.nextInt(cast.cars().size()));
        Reply r = member.post("/api/bookings", booking(car, start, start.plus(Duration.ofMinutes(30))));
        if (ok(r)) acks.bookings.add(r.json().get("booking").get("id").asText());
    }

    private void trip(ApiClient member, Random random) {
        Instant now = Instant.now();
        String car = cast.cars().get(random.nextInt(cast.cars().size()));
        Reply booked = member.post("/api/bookings", booking(car, now.minusSeconds(50), now.plusSeconds(5)));
        if (!ok(booked)) return;
        String id = booked.json().get("booking").get("id").asText();
        acks.bookings.add(id);
        Reply ended = member.post("/api/bookings/" + id + "/trip", "{\"km\":" + (1 + random.nextInt(150)) + "}");
        if (ok(ended)) acks.trips.add(id);
    }

    private void vote(ApiClient member, Driver d, Random random) {
        List<String> open = acks.votable;
        if (open.isEmpty()) return;
        String ballot = open.get(random.nextInt(open.size()));
        if (!acks.voted.add(ballot + "|" + d.memberId())) return;
        String choice = List.of("yes", "no", "abstain").get(random.nextInt(3));
        Reply r = member.post("/api/ballots/" + ballot + "/votes", "{\"choice\":[\"" + choice + "\"]}");
        if (ok(r)) acks.votes.add(new Vote(ballot, d.memberId(), r.json().get("trackingCode").asText()));
    }

    private void work(ApiClient member, Random random) {
        String kind = List.of("CLEANING", "CHECK", "REPAIR", "DELIVERY").get(random.nextInt(4));
        Reply r = member.post("/api/work", "{\"kind\":\"" + kind + "\",\"minutes\":" + (15 + random.nextInt(120))
                + ",\"on\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"note\":\"crash test\"}");
        if (ok(r)) acks.work.add(r.json().get("id").asText());
    }

    private void openBallot(ApiClient board) {
        Instant now = Instant.now();
        Reply created = board.post("/api/ballots", "{\"question\":\"Crash-test resolution " + now + "\",\"method\":\"YES_NO_ABSTAIN\","
                + "\"opensAt\":\"" + now.minusSeconds(60) + "\",\"closesAt\":\"" + now.plus(Duration.ofDays(30)) + "\"}");
        if (!ok(created)) return;
        String id = created.json().get("id").asText();
        Reply opened = board.post("/api/ballots/" + id + "/opening", null);
        if (ok(opened)) {
            acks.ballotsOpened.add(id);
            acks.votable.add(id);
        }
    }

    private void closeBallot(ApiClient board, Random random) {
        List<String> open = acks.votable;
        if (open.size() < 3) return; // keep a few ballots to vote in
        String id = open.get(random.nextInt(open.size()));
        open.remove(id); // closed or in doubt: nobody votes in it any more
        Reply r = board.post("/api/ballots/" + id + "/closing", null);
        if (ok(r)) acks.ballotsClosed.add(id);
    }

    private static String booking(String car, Instant start, Instant end) {
        return "{\"vehicleId\":\"" + car + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"estimatedKm\":20}";
    }

    private boolean ok(Reply r) {
        if (r.status() / 100 == 2) return true;
        if (r.status() >= 500) acks.serverErrors.add(r.status() + " " + r.body());
        acks.refused.incrementAndGet();
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
