package org.coopkit.carshare.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/** A member finds a free car for a time, is offered other times and cars on a clash, and cancels under the voted terms. */
class FindingAndCancellingIT {

    @EachDatabase
    void a_search_lists_only_the_cars_free_for_the_whole_window_each_at_the_windows_quote(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Owner", "provider");
        Vehicle zoe = r.car(owner, "Renault Zoe");
        Vehicle berlingo = r.app().carshare().vehicles().list(r.actor(owner), new VehicleService.Listing("Citroën Berlingo", 7, "Gare", Energy.DIESEL));
        Vehicle clio = r.car(owner, "Renault Clio");
        r.app().carshare().vehicles().withdraw(r.actor(owner), clio.id());
        Actor ann = r.actor(r.member("Ann", "user"));
        Instant t = r.clock().instant().plus(Duration.ofDays(1));
        var bookings = r.app().carshare().bookings();
        bookings.book(ann, zoe.id(), t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(4)), 10); // the Zoe is taken for part of the window

        BookingService.Search found = bookings.search(ann, t, t.plus(Duration.ofHours(3)), 40, Optional.empty(), 1);
        assertThat(found.cars()).extracting(Vehicle::model).containsExactly("Citroën Berlingo");
        assertThat(found.quote().price().total().toString()).isEqualTo("EUR 24.00"); // 3 h × 4.00 + 40 km × 0.30
        assertThat(bookings.search(ann, t.plus(Duration.ofHours(4)), t.plus(Duration.ofHours(6)), 10, Optional.empty(), 1).cars())
                .as("back to back with the Zoe's booking is free").extracting(Vehicle::model).containsExactly("Citroën Berlingo", "Renault Zoe");
        assertThat(bookings.search(ann, t.plus(Duration.ofHours(4)), t.plus(Duration.ofHours(6)), 10, Optional.of(Energy.ELECTRIC), 1).cars())
                .extracting(Vehicle::model).containsExactly("Renault Zoe");
        assertThat(bookings.search(ann, t.plus(Duration.ofHours(4)), t.plus(Duration.ofHours(6)), 10, Optional.empty(), 6).cars())
                .extracting(Vehicle::model).containsExactly("Citroën Berlingo");
        assertThat(berlingo.seats()).isEqualTo(7);
    }

    @EachDatabase
    void a_clash_is_refused_with_the_cars_next_free_slots_and_the_other_free_cars_in_the_problem(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Owner", "provider");
        Vehicle zoe = r.car(owner, "Renault Zoe");
        Vehicle berlingo = r.car(owner, "Citroën Berlingo");
        Member ada = r.member("Ada", "user");
        Member bob = r.member("Bob", "user");
        Instant t = r.clock().instant().plus(Duration.ofDays(1));
        var bookings = r.app().carshare().bookings();
        bookings.book(r.actor(ada), zoe.id(), t, t.plus(Duration.ofHours(2)), 10);
        bookings.book(r.actor(ada), zoe.id(), t.plus(Duration.ofHours(3)), t.plus(Duration.ofHours(4)), 10);
        bookings.book(r.actor(ada), berlingo.id(), t.plus(Duration.ofHours(10)), t.plus(Duration.ofHours(11)), 10);

        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient bobApi = new ApiClient(server.baseUri()).login(bob.email(), CoreFixtures.PASSWORD);
            // Bob wants the Zoe for 2 h from t+1h: taken; the gap of 1 h at t+2h is too short, so the next free 2 h start at t+4h
            Reply refused = bobApi.post("/api/bookings", "{\"vehicleId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"estimatedKm\":10}"
                    .formatted(zoe.id(), t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(3))));
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("code").asText()).isEqualTo("booking-overlaps");
            List<JsonNode> slots = StreamSupport.stream(refused.json().get("nextFreeSlots").spliterator(), false).toList();
            assertThat(slots).isNotEmpty();
            assertThat(slots.get(0).get("start").asText()).isEqualTo(t.plus(Duration.ofHours(4)).toString());
            assertThat(slots.get(0).get("end").asText()).isEqualTo(t.plus(Duration.ofHours(6)).toString());
            assertThat(refused.json().get("freeCars")).hasSize(1);
            assertThat(refused.json().get("freeCars").get(0).get("vehicleId").asText()).isEqualTo(berlingo.id().toString());

            // the same search through the API: only the Berlingo, at the window's price
            Reply search = bobApi.get("/api/vehicles/free?start=%s&end=%s&km=10".formatted(t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(3))));
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            assertThat(search.json().get("cars")).hasSize(1);
            assertThat(search.json().get("cars").get(0).get("model").asText()).isEqualTo("Citroën Berlingo");
            assertThat(search.json().get("quote").get("total").toString()).contains("11.00"); // 2 h × 4.00 + 10 km × 0.30
            Reply bad = bobApi.get("/api/vehicles/free?start=tomorrow&end=%s&energy=STEAM".formatted(t));
            assertThat(bad.status()).as(bad.body()).isEqualTo(422);
            assertThat(bad.json().get("errors").toString()).contains("start", "energy");
            assertThat(new ApiClient(server.baseUri()).get("/api/vehicles/free?start=%s&end=%s".formatted(t, t.plus(Duration.ofHours(1)))).status())
                    .isEqualTo(401);
        }
    }

    @EachDatabase
    void a_booking_is_cancelled_free_until_the_hours_its_tariff_version_says_and_not_after(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle zoe = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Actor ann = r.actor(r.member("Ann", "user"));
        var bookings = r.app().carshare().bookings();
        Instant start = r.clock().instant().plus(Duration.ofHours(30));
        // booked under v1: free cancellation until the start
        Booking underV1 = bookings.book(ann, zoe.id(), start.plus(Duration.ofHours(5)), start.plus(Duration.ofHours(6)), 10).booking();

        // members adopt v2 with 24 h: governance calls the tariff's decision handler on adoption
        r.app().carshare().tariffs().decisionHandler().apply("decision-v2",
                TariffService.decisionFor(new TariffProposal("4.00", "0.30", "5.00", new BigDecimal("70"), "EUR", 24)));
        assertThat(r.app().carshare().tariffs().current().freeCancellationHours()).isEqualTo(24);
        Booking underV2 = bookings.book(ann, zoe.id(), start, start.plus(Duration.ofHours(2)), 10).booking();

        BookingService.CancellationTerms terms = bookings.cancellationTerms(ann, underV2.id());
        assertThat(terms.freeHours()).isEqualTo(24);
        assertThat(terms.until()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(terms.cancellable()).isTrue();

        r.clock().advance(Duration.ofHours(7)); // 23 h before the start: past the free window of v2
        assertThat(bookings.cancellationTerms(ann, underV2.id()).cancellable()).isFalse();
        assertThatThrownBy(() -> bookings.cancel(ann, underV2.id()))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.code()).isEqualTo("cancellation-too-late"));
        assertThat(bookings.get(ann, underV2.id()).status()).as("nothing changed").isEqualTo(Booking.Status.BOOKED);

        // the booking quoted under v1 keeps v1's terms
        assertThat(bookings.cancellationTerms(ann, underV1.id()).freeHours()).isZero();
        assertThat(bookings.cancel(ann, underV1.id()).status()).isEqualTo(Booking.Status.CANCELLED);
    }

    @EachDatabase
    void bookings_come_soonest_first_and_their_phase_follows_the_trip(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle zoe = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Member ann = r.member("Ann", "user");
        var bookings = r.app().carshare().bookings();
        Instant t = r.clock().instant().plus(Duration.ofHours(2));
        Booking later = bookings.book(r.actor(ann), zoe.id(), t.plus(Duration.ofDays(3)), t.plus(Duration.ofDays(3).plusHours(1)), 5).booking();
        Booking soon = bookings.book(r.actor(ann), zoe.id(), t, t.plus(Duration.ofHours(2)), 5).booking();
        Booking middle = bookings.book(r.actor(ann), zoe.id(), t.plus(Duration.ofDays(1)), t.plus(Duration.ofDays(1).plusHours(1)), 5).booking();
        bookings.cancel(r.actor(ann), middle.id());
        assertThat(bookings.ofDriver(r.actor(ann), ann.id())).extracting(Booking::id).containsExactly(soon.id(), middle.id(), later.id());

        r.clock().advance(Duration.ofHours(3));
        Instant now = r.clock().instant();
        assertThat(bookings.get(r.actor(ann), soon.id()).phaseAt(now)).isEqualTo(Booking.Phase.IN_PROGRESS);
        r.app().carshare().trips().endTrip(r.actor(ann), soon.id(), 12);
        assertThat(bookings.ofDriver(r.actor(ann), ann.id())).extracting(b -> b.phaseAt(now))
                .containsExactly(Booking.Phase.ENDED, Booking.Phase.CANCELLED, Booking.Phase.BOOKED);
    }
}
