package org.coopkit.carshare.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.MutableClock;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;
import org.coopkit.core.web.WebLimits;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;

/**
 * The real app behind a real HTTP server on a fresh H2 database, with one person per role the
 * authorization matrix and the fuzzer speak for, and factories of fresh resources, so each call
 * that changes something acts on a resource of its own and the table does not depend on the order
 * of its rows.
 *
 * <p>Roles: anonymous, applicant (Emma), member (Alice, a driver; or a fresh member for calls that
 * change something), another member (Bob), car owner (Olivier, owner of the car Alice drives),
 * treasurer, board and admin (each only that role).
 */
final class SecurityWorld implements AutoCloseable {
    static final List<String> ROLES = List.of("anonymous", "applicant", "member", "other-member", "car-owner", "treasurer", "board", "admin");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger seq = new AtomicInteger();
    private int nextYear = 1901;

    final TestDatabase db = TestDatabases.fresh(DatabaseKind.H2);
    /*
     * Relaxed limits, so no cell depends on how many calls came before it: the matrix and the fuzzer
     * log in and write anonymously far more often than a person would (log-in throttling, anonymous
     * write limits), and the clock moves on by days (session expiry). The limits themselves are
     * tested by their own tests (LoginThrottlingIT, RequestLimitsIT, SessionsAndTokensIT, LoginFloodIT,
     * WebSecurityIT). The 1 MB body cap stays as it is (no request here comes near it).
     */
    static final AuthSettings RELAXED_AUTH = AuthSettings.defaults().withAttempts(100_000, 100_000)
            .withSessions(Duration.ofDays(3650), Duration.ofDays(3650)).withTokens(Duration.ofDays(3650), Duration.ofDays(3650));
    static final WebLimits RELAXED_LIMITS = WebLimits.defaults().withAnonymousWrites(100_000, Duration.ofMinutes(1));

    final CarshareFixtures.Running running = CarshareFixtures.start(db, 4, RELAXED_AUTH, RELAXED_LIMITS);
    final MutableClock clock = running.clock();
    final Member alice = running.member("Alice Aubrac", "user");
    final Member bob = running.member("Bob Zephyrin", "user");
    final Member olivier = running.member("Olivier Quintal", "provider");
    final Member treasurer = CoreFixtures.admittedWithRole(running.app().core(), "Tess Ravoire", "worker", Role.TREASURER);
    final Member board = CoreFixtures.admittedWithRole(running.app().core(), "Bérénice Conseil", "worker", Role.BOARD);
    final Member admin = CoreFixtures.admittedWithRole(running.app().core(), "Adam Sysop", "supporter", Role.ADMIN);
    final Member emma = CoreFixtures.applicant(running.app().core(), "Emma Attente", "user");
    final Vehicle car = running.car(olivier, "Renault Zoe");
    final String aliceTrip;
    final String aliceBooking;
    final String aliceWork;
    final String openBallot;
    final String closedBallot;
    final String assembly;
    final String quote;
    final ApiServer server = ApiServer.start(0, running.app().resourceConfig());
    final ApiClient anonymous = new ApiClient(server.baseUri());
    private final Map<String, ApiClient> clients = new LinkedHashMap<>();
    private final Map<String, Member> people = new LinkedHashMap<>();

    SecurityWorld() {
        aliceTrip = trip(alice.id());
        aliceBooking = booking(alice.id());
        aliceWork = work(alice.id());
        closedBallot = openBallot();
        clock.advance(Duration.ofDays(8));
        gov().voting().close(Actor.system(), BallotId.of(closedBallot));
        openBallot = openBallot();
        assembly = assembly();
        quote = running.app().carshare().tariffs().quote(clock.instant().plus(Duration.ofDays(30)), clock.instant().plus(Duration.ofDays(30).plusHours(2)), 10)
                .id().toString();
        people.put("applicant", emma);
        people.put("member", alice);
        people.put("other-member", bob);
        people.put("car-owner", olivier);
        people.put("treasurer", treasurer);
        people.put("board", board);
        people.put("admin", admin);
        people.forEach((role, m) -> clients.put(role, anonymous.login(m.email(), CoreFixtures.PASSWORD)));
        clients.put("anonymous", anonymous);
        approvalYear = closedYear(); // made now: made during a fuzzed request, it would count as that request's change
    }

    /** The fixed person of a role (none for anonymous). */
    Optional<Member> person(String role) {
        return Optional.ofNullable(people.get(role));
    }

    /** The API client of a role, with its bearer token. */
    ApiClient client(String role) {
        return clients.get(role);
    }

    /** A fresh bearer token for the role's person (for calls that revoke the token they carry). */
    ApiClient freshClient(String role) {
        return person(role).map(m -> anonymous.login(m.email(), CoreFixtures.PASSWORD)).orElse(anonymous);
    }

    org.coopkit.carshare.CarshareApp app() {
        return running.app();
    }

    org.coopkit.governance.GovernanceModule gov() {
        return running.app().governance();
    }

    Actor actor(MemberId m) {
        return running.app().core().auth().actorFor(m);
    }

    /** A fresh admitted member, with a password only when someone must log in as them. */
    Member freshMember(boolean withPassword) {
        int n = seq.incrementAndGet();
        MemberApplication a = MemberApplication.of("Fresh Member " + n, "fresh." + n + "@example.org", "user");
        Member m = running.app().core().members().apply(Actor.anonymous(), withPassword ? a.withPassword(CoreFixtures.PASSWORD) : a);
        return running.app().core().members().admit(Actor.system(), m.id(), "fresh member for a test call");
    }

    ApiClient login(Member m) {
        return anonymous.login(m.email(), CoreFixtures.PASSWORD);
    }

    String freshApplicant() {
        int n = seq.incrementAndGet();
        return running.app().core().members().apply(Actor.anonymous(), MemberApplication.of("Fresh Applicant " + n, "applicant." + n + "@example.org", "user"))
                .id().toString();
    }

    /** A future booking of the member on Olivier's car, at a slot of its own. */
    String booking(MemberId m) {
        int n = seq.incrementAndGet();
        Instant start = clock.instant().plus(Duration.ofDays(60)).plus(Duration.ofHours(3L * n));
        return running.app().carshare().bookings().book(actor(m), car.id(), start, start.plus(Duration.ofHours(2)), 20).booking().id().toString();
    }

    /** A booking of the member that has started (the clock moves on past its start). */
    String startedBooking(MemberId m) {
        Instant start = clock.instant().plus(Duration.ofMinutes(1));
        String id = running.app().carshare().bookings().book(actor(m), car.id(), start, start.plus(Duration.ofMinutes(30)), 20).booking().id().toString();
        clock.advance(Duration.ofMinutes(40));
        return id;
    }

    /** A finished trip of the member on Olivier's car; its id is the booking's. */
    String trip(MemberId m) {
        String id = startedBooking(m);
        running.app().carshare().trips().endTrip(Actor.system(), org.coopkit.carshare.bookings.BookingId.of(id), 17);
        return id;
    }

    String work(MemberId m) {
        return running.app().carshare().trips().logWork(actor(m), WorkLog.Kind.CLEANING, 60, LocalDate.now(clock), car.id().toString(), "wash")
                .id().toString();
    }

    String freshCar() {
        return running.app().carshare().vehicles().list(actor(olivier.id()), new VehicleService.Listing("Car " + seq.incrementAndGet(), 4, "Gare", Energy.ELECTRIC))
                .id().toString();
    }

    String draftBallot() {
        Ballot b = gov().voting().create(Actor.system(), BallotSpec.resolution("Question " + seq.incrementAndGet() + "?",
                clock.instant(), clock.instant().plus(Duration.ofDays(7))));
        return b.id().toString();
    }

    /** A ballot open now, whose roll holds everyone admitted so far. */
    String openBallot() {
        String id = draftBallot();
        gov().voting().open(Actor.system(), BallotId.of(id));
        return id;
    }

    String assembly() {
        return gov().assemblies().convene(Actor.system(), AssemblyKind.ORDINARY, "Assembly " + seq.incrementAndGet(), LocalDate.now(clock),
                clock.instant().plus(Duration.ofDays(20)), clock.instant().plus(Duration.ofDays(21))).id().toString();
    }

    /** An assembly whose first call is being held (it began an hour ago), which the board may close. */
    String assemblyInSession() {
        return gov().assemblies().convene(Actor.system(), AssemblyKind.ORDINARY, "Assembly " + seq.incrementAndGet(), LocalDate.now(clock),
                clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(1))).id().toString();
    }

    /** A proxy the member gives on a ballot opened for them, to a fresh holder. */
    String proxy(MemberId m) {
        Member holder = freshMember(false);
        String ballot = openBallot();
        return gov().proxies().give(actor(m), BallotId.of(ballot), holder.id()).id().toString();
    }

    /**
     * The id of a session of a fresh member: of {@code m} when the "member" role is logged in as
     * them, else of another fresh member who logs in for it (the caller is never its owner).
     */
    String session(MemberId m, boolean loggedIn) {
        MemberId owner = m;
        if (!loggedIn) {
            Member other = freshMember(true);
            login(other);
            owner = other.id();
        }
        return running.app().core().auth().sessions(actor(owner)).get(0).id();
    }

    void grant(MemberId m, String role) {
        running.app().core().auth().grantRole(Actor.system(), m, Role.valueOf(role));
    }

    /**
     * Forgets the role's web session and gets its API client a fresh token, after a call that
     * revokes the caller's other sessions (log out everywhere, password change).
     */
    void relogin(String role) {
        cookies.remove(role);
        person(role).ifPresent(m -> clients.put(role, login(m)));
    }

    String loyaltyReport(MemberId m) {
        return running.app().core().loyalty().file(actor(m), "Price seemed higher", "Was I priced on my data?").id();
    }

    /** An open calendar fiscal year of its own (years 1901, 1902…: closing, reopening and lock cells take one each, per role), which a closing call may close. */
    String freshYear() {
        int y = nextYear++;
        running.app().ledger().fiscalYears().open(Actor.system(), FiscalYear.calendar(y));
        return String.valueOf(y);
    }

    /** A fresh year (as {@link #freshYear}) that the treasurer has closed, which may be reopened or locked. */
    String closedYear() {
        String y = freshYear();
        running.app().ledger().fiscalYears().close(actor(treasurer.id()), FiscalYearId.of(y), closingFingerprint(y));
        return y;
    }

    private String approvalYear;

    /**
     * The closed year of the accounts-approval proposal, made with the world: a request body is built before each
     * fuzzed request, and making a year then would change the database behind a refused request.
     */
    String yearToApprove() {
        return approvalYear;
    }

    /** The fingerprint of the year's closing preview, which confirms the closing. */
    String closingFingerprint(String year) {
        return running.app().ledger().fiscalYears().previewClosing(actor(treasurer.id()), FiscalYearId.of(year)).fingerprint();
    }

    String currentYear() {
        return String.valueOf(LocalDate.now(clock).getYear());
    }

    // --- web pages --------------------------------------------------------------------------

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The web session cookie of a role ("" for anonymous), logging in once through the login form. */
    String cookie(String role) {
        return cookies.computeIfAbsent(role, r -> person(r).map(m -> {
            try {
                HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(m.email(), StandardCharsets.UTF_8)
                                + "&password=" + URLEncoder.encode(CoreFixtures.PASSWORD, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                String c = res.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException("no session for " + r + ": " + res.statusCode()));
                return c.substring(0, c.indexOf(';'));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }).orElse(""));
    }

    /** GET of a web page with the role's session cookie; redirects are not followed. */
    HttpResponse<String> page(String role, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path.substring(1))).timeout(Duration.ofSeconds(30)).GET();
        String c = cookie(role);
        if (!c.isEmpty()) b.header("Cookie", c);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation the running app's OpenAPI document lists, as {@code METHOD path}. */
    List<String[]> openApiOperations() {
        JsonNode api = anonymous.get("/api/openapi.json").json();
        List<String[]> ops = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> ops.add(new String[]{m.toUpperCase(), p.getKey()})));
        return ops;
    }

    JsonNode openApi() {
        return anonymous.get("/api/openapi.json").json();
    }

    @Override
    public void close() {
        CarshareFixtures.close(server, running, db);
    }
}
