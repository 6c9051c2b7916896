package org.coopkit.carshare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.testing.TestDatabases;
import org.coopkit.core.web.ApiServer;
import org.junit.jupiter.api.Test;

/**
 * The data policy promises who receives what; this test reads those promises from the published
 * policy ({@code /api/data-policy}) and checks the car owner's views against them: the trips of
 * their car (API list and detail, the car's calendar, their data export, their web page) show the
 * dates the policy allows and the owner's own share and car, never the driver, the distance or the
 * price. A plain member cannot turn a membership number into a name through the API either.
 */
class OwnerViewsFollowTheDataPolicyIT {
    /** What a qualifier of the policy ("the car's owner (dates only)") lets the owner see of a trip. */
    private static final Map<String, Set<String>> QUALIFIERS = Map.of("dates only", Set.of("start", "end"));
    /** The owner's own data on each trip of their car: which car (theirs), what they earned, in which role they see it. */
    private static final Set<String> OWNERS_OWN = Set.of("role", "vehicleId", "car", "ownerShare");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void the_car_owner_sees_only_what_the_data_policy_promises_of_the_trips_of_their_car() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2)) {
            CarshareFixtures.Running r = CarshareFixtures.start(db, 4);
            Member owner = r.member("Olivier Owner", "provider");
            Member driver = r.member("Dana Driver", "user");
            Member bob = r.member("Bob Other", "user");
            Vehicle car = r.car(owner, "Renault Zoe");
            Instant start = r.clock().instant().plus(Duration.ofMinutes(5));
            var booked = r.app().carshare().bookings().book(r.actor(driver), car.id(), start, start.plus(Duration.ofHours(2)), 20);
            r.clock().set(start.plus(Duration.ofHours(3)));
            r.app().carshare().trips().endTrip(r.actor(driver), booked.booking().id(), 42);
            String tripId = booked.booking().id().toString();
            Set<String> driverMarks = Set.of(driver.id().toString(), driver.name(), driver.email(), tripId);

            try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
                ApiClient anonymous = new ApiClient(server.baseUri());
                Set<String> allowed = ownerMayReceive(anonymous.get("/api/data-policy").json());
                allowed.addAll(OWNERS_OWN);
                ApiClient olivier = anonymous.login(owner.email(), CoreFixtures.PASSWORD);

                List<JsonNode> ownerViews = new ArrayList<>();
                olivier.get("/api/trips").json().forEach(ownerViews::add);
                ownerViews.add(olivier.get("/api/trips/" + tripId).json());
                olivier.get("/api/vehicles/" + car.id() + "/calendar").json().forEach(ownerViews::add);
                olivier.get("/api/members/" + owner.id() + "/export").json().findValues("trips").forEach(t -> t.forEach(ownerViews::add));
                assertThat(ownerViews).hasSizeGreaterThanOrEqualTo(4);
                for (JsonNode view : ownerViews) {
                    List<String> fields = new ArrayList<>();
                    view.fieldNames().forEachRemaining(fields::add);
                    assertThat(fields).as("fields the owner receives of a trip: " + view).isSubsetOf(allowed);
                    driverMarks.forEach(mark -> assertThat(view.toString()).as("the owner's view names the driver or the booking").doesNotContain(mark));
                }
                String page = page(server.baseUri(), owner.email(), "bookings");
                assertThat(page).contains("Owner").doesNotContain(driver.name(), driver.id().toString(), ">42<");

                // the driver still sees their own trip whole
                ApiClient dana = anonymous.login(driver.email(), CoreFixtures.PASSWORD);
                JsonNode own = dana.get("/api/trips/" + tripId).json();
                assertThat(own.get("km").asInt()).isEqualTo(42);
                assertThat(own.get("driver").asText()).isEqualTo(driver.id().toString());

                // no API turns a membership number (or an id) into a name for a plain member
                ApiClient bobApi = anonymous.login(bob.email(), CoreFixtures.PASSWORD);
                for (String path : List.of("/api/members", "/api/members/" + driver.id(), "/api/capital/register",
                        "/api/capital/members/" + driver.id(), "/api/members/register.csv")) {
                    ApiClient.Reply reply = bobApi.get(path);
                    assertThat(reply.status()).as(path).isEqualTo(403);
                    assertThat(reply.body()).doesNotContain(driver.name());
                }
            }
        }
    }

    /** The trip fields the policy lets a car owner receive, from the qualifier of each purpose naming the owner as recipient. */
    static Set<String> ownerMayReceive(JsonNode policy) {
        Set<String> fields = new HashSet<>();
        Pattern owner = Pattern.compile("owner\\s*\\(([^)]*)\\)");
        int promises = 0;
        for (JsonNode purpose : policy.get("purposes")) {
            for (JsonNode recipient : purpose.get("recipients")) {
                if (!recipient.asText().contains("owner")) continue;
                Matcher m = owner.matcher(recipient.asText());
                assertThat(m.find()).as("the policy names the owner as recipient without saying what they get: " + recipient).isTrue();
                Set<String> f = QUALIFIERS.get(m.group(1).trim());
                assertThat(f).as("a promise this test does not know yet: '" + m.group(1) + "' (teach QUALIFIERS what it allows)").isNotNull();
                fields.addAll(f);
                promises++;
            }
        }
        assertThat(promises).as("the policy says what car owners receive").isPositive();
        return fields;
    }

    private static String page(URI base, String email, String path) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(base.resolve("login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(CoreFixtures.PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        String c = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", c.substring(0, c.indexOf(';'))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
