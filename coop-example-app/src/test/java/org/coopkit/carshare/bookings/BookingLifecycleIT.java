package org.coopkit.carshare.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.ConstraintRefusals;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;

/** The booking's lifecycle and the distance limits through the services and the API, and lost constraints ending as named refusals. */
class BookingLifecycleIT {

    private static void refused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static long count(Running r, String sql) {
        try (Connection c = r.app().database().dataSource().getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @EachDatabase
    void a_completed_booking_cannot_be_cancelled_and_a_cancelled_one_has_no_trip(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle zoe = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Actor ann = r.actor(r.member("Ann", "user"));
        var bookings = r.app().carshare().bookings();
        var trips = r.app().carshare().trips();
        Instant t = r.clock().instant().plus(Duration.ofHours(2));
        Booking driven = bookings.book(ann, zoe.id(), t, t.plus(Duration.ofHours(2)), 10).booking();
        Booking dropped = bookings.book(ann, zoe.id(), t.plus(Duration.ofDays(2)), t.plus(Duration.ofDays(2).plusHours(1)), 10).booking();
        refused(() -> trips.endTrip(ann, driven.id(), 12), "trip-not-started");
        bookings.cancel(ann, dropped.id());
        refused(() -> bookings.cancel(ann, dropped.id()), "booking-not-cancellable");

        r.clock().advance(Duration.ofHours(3));
        refused(() -> bookings.cancel(ann, driven.id()), "booking-started");
        trips.endTrip(ann, driven.id(), 12);
        refused(() -> bookings.cancel(ann, driven.id()), "booking-not-cancellable");
        refused(() -> trips.endTrip(ann, driven.id(), 12), "trip-not-open");
        refused(() -> trips.endTrip(ann, dropped.id(), 12), "trip-not-open");

        assertThat(bookings.get(ann, driven.id()).status()).isEqualTo(Booking.Status.COMPLETED);
        assertThat(bookings.get(ann, dropped.id()).status()).isEqualTo(Booking.Status.CANCELLED);
        assertThat(count(r, "select count(*) from carshare_trips")).as("one trip, once").isEqualTo(1);
    }

    @EachDatabase
    void a_distance_past_either_limit_is_refused_by_the_services_and_the_api_and_changes_nothing(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle zoe = r.car(r.member("Owner", "provider"), "Renault Zoe");
        Member ann = r.member("Ann", "user");
        var bookings = r.app().carshare().bookings();
        Instant t = r.clock().instant().plus(Duration.ofHours(2));
        Booking b = bookings.book(r.actor(ann), zoe.id(), t, t.plus(Duration.ofHours(2)), 5000).booking();
        for (int km : new int[] {-1, 5001}) {
            assertThatThrownBy(() -> bookings.book(r.actor(ann), zoe.id(), t.plus(Duration.ofDays(1)), t.plus(Duration.ofDays(1).plusHours(1)), km))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("km"));
        }
        r.clock().advance(Duration.ofHours(3));
        for (int km : new int[] {-1, 5001}) {
            assertThatThrownBy(() -> r.app().carshare().trips().endTrip(r.actor(ann), b.id(), km))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("km"));
        }
        assertThat(bookings.get(r.actor(ann), b.id()).status()).isEqualTo(Booking.Status.BOOKED);
        assertThat(count(r, "select count(*) from carshare_bookings")).isEqualTo(1);

        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient api = new ApiClient(server.baseUri()).login(ann.email(), CoreFixtures.PASSWORD);
            long quotes = count(r, "select count(*) from carshare_quotes");
            for (int km : new int[] {-1, 5001}) {
                var quote = api.post("/api/quotes", "{\"start\":\"%s\",\"end\":\"%s\",\"km\":%d}".formatted(t.plus(Duration.ofDays(1)), t.plus(Duration.ofDays(1).plusHours(1)), km));
                assertThat(quote.status()).as(quote.body()).isEqualTo(422);
                assertThat(quote.isProblem()).isTrue();
                var trip = api.post("/api/bookings/" + b.id() + "/trip", "{\"km\":%d}".formatted(km));
                assertThat(trip.status()).as(trip.body()).isEqualTo(422);
            }
            assertThat(api.post("/api/bookings/" + b.id() + "/trip", "{\"km\":5000}").status()).isEqualTo(201);
            assertThat(count(r, "select count(*) from carshare_quotes")).as("no quote saved for a refused distance").isEqualTo(quotes);
        }
    }

    /** A refusal a test can tell from any other. */
    static final class Lost extends RuntimeException {
    }

    @EachDatabase
    void a_lost_constraint_ends_as_the_refusal_named_for_it_and_any_other_failure_as_it_was(TestDatabase db) throws Exception {
        Running r = CarshareFixtures.start(db, 4);
        PersistenceException duplicate;
        try (Connection c = r.app().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            // a second tariff row under the first one's decision id: the unique constraint refuses it on every database
            SQLException e = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class, () -> s.executeUpdate(
                    "insert into carshare_tariffs (version, per_hour, per_km, minimum_price, currency, owner_share_percent, published_at, decision_id, hash, free_cancellation_hours) "
                            + "select version + 1, per_hour, per_km, minimum_price, currency, owner_share_percent, published_at, decision_id, hash, free_cancellation_hours from carshare_tariffs where version = 1"));
            assertThat((Throwable) e).as("the duplicate is refused").isNotNull();
            duplicate = new PersistenceException("could not execute statement", e);
            if (!c.getAutoCommit()) c.rollback();
        }
        ConstraintRefusals refusals = ConstraintRefusals.of("uk_carshare_tariffs_decision", Lost::new);
        RuntimeException refusal = refusals.translate(duplicate);
        assertThat(refusal).isInstanceOf(Lost.class);
        assertThat(refusal.getSuppressed()).containsExactly(duplicate);
        assertThatThrownBy(() -> refusals.translating(() -> { throw duplicate; })).isInstanceOf(Lost.class);
        assertThat(ConstraintRefusals.of("uk_carshare_some_other", Lost::new).translate(duplicate)).as("another constraint").isSameAs(duplicate);
        IllegalStateException other = new IllegalStateException("uk_carshare_tariffs_decision");
        assertThat(refusals.translate(other)).as("not a violation, even naming it").isSameAs(other);
        assertThat(count(r, "select count(*) from carshare_tariffs")).isEqualTo(1);
        // the booking service's own mapping, on the constraint only PostgreSQL has: BookingRaceIT
    }
}
