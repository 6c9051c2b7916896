package org.coopkit.carshare.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.members.Member;
import org.coopkit.core.persistence.DatabaseKind;
import org.coopkit.core.testing.Concurrently;
import org.coopkit.core.testing.Concurrently.Outcome;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;

class BookingRaceIT {
    @EachDatabase
    void a_hundred_concurrent_overlapping_requests_yield_exactly_one_booking(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 16);
        Member owner = r.member("Owner", "provider");
        Vehicle car = r.car(owner, "Renault Zoe");
        List<Actor> drivers = java.util.stream.IntStream.range(0, 10).mapToObj(i -> r.actor(r.member("Driver " + i, "user"))).toList();
        Instant base = r.clock().instant().plus(Duration.ofDays(2));

        // every request overlaps every other: all contain [base+3h, base+4h)
        List<Outcome<BookingService.Booked>> outcomes = Concurrently.run(100, 16, i -> r.app().carshare().bookings().book(
                drivers.get(i % 10), car.id(), base.plus(Duration.ofMinutes(i % 7 * 20)), base.plus(Duration.ofHours(4 + i % 3)), 20));

        assertThat(outcomes.stream().filter(Outcome::ok)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.ok())).allSatisfy(o -> assertThat(o.error())
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.code()).isEqualTo("booking-overlaps")));
        assertThat(r.app().carshare().bookings().calendar(drivers.get(0), car.id())).hasSize(1);
    }

    @EachDatabase
    void back_to_back_bookings_and_cancelled_slots_are_fine_overlaps_are_not(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Vehicle car = r.car(r.member("Owner", "provider"), "Peugeot 208");
        Actor ann = r.actor(r.member("Ann", "user"));
        Actor bob = r.actor(r.member("Bob", "user"));
        Instant t = r.clock().instant().plus(Duration.ofDays(1));
        var bookings = r.app().carshare().bookings();

        var first = bookings.book(ann, car.id(), t, t.plus(Duration.ofHours(2)), 10);
        bookings.book(bob, car.id(), t.plus(Duration.ofHours(2)), t.plus(Duration.ofHours(3)), 10);
        assertThatThrownBy(() -> bookings.book(bob, car.id(), t.plus(Duration.ofMinutes(90)), t.plus(Duration.ofHours(5)), 10))
                .isInstanceOf(BookingRefused.class);
        bookings.cancel(ann, first.booking().id());
        assertThat(bookings.book(bob, car.id(), t, t.plus(Duration.ofHours(2)), 10).booking().status()).isEqualTo(Booking.Status.BOOKED);
        assertThatThrownBy(() -> bookings.cancel(ann, first.booking().id()))
                .isInstanceOfSatisfying(BookingRefused.class, e -> assertThat(e.code()).isEqualTo("booking-not-cancellable"));
    }

    @EachDatabase
    void on_postgresql_the_database_itself_refuses_an_overlap_that_skipped_the_service(TestDatabase db) throws Exception {
        assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "the exclusion constraint is PostgreSQL's; elsewhere the car's row lock decides");
        Running r = CarshareFixtures.start(db, 4);
        Vehicle car = r.car(r.member("Owner", "provider"), "Kia e-Niro");
        Actor ann = r.actor(r.member("Ann", "user"));
        Instant t = r.clock().instant().plus(Duration.ofDays(1));
        var booked = r.app().carshare().bookings().book(ann, car.id(), t, t.plus(Duration.ofHours(2)), 10);

        try (Connection c = r.app().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("insert into carshare_bookings (id, vehicle_id, driver_id, starts_at, ends_at, quote_id, status, booked_at) values (?,?,?,?,?,?,?,?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, car.id().toString());
            s.setString(3, booked.booking().driver().toString());
            s.setTimestamp(4, Timestamp.from(t.plus(Duration.ofHours(1))));
            s.setTimestamp(5, Timestamp.from(t.plus(Duration.ofHours(3))));
            s.setString(6, booked.quote().id().toString());
            s.setString(7, "BOOKED");
            s.setTimestamp(8, Timestamp.from(t));
            SQLException e = catchThrowableOfType(SQLException.class, s::executeUpdate);
            c.rollback();
            assertThat((Throwable) e).hasMessageContaining("ex_carshare_bookings_overlap");
            // and the booking service names the lost constraint as the refusal it is
            assertThat(BookingService.REFUSALS.translate(new PersistenceException(e)))
                    .isInstanceOfSatisfying(BookingRefused.class, x -> assertThat(x.code()).isEqualTo("booking-overlaps"));
        }
    }
}
