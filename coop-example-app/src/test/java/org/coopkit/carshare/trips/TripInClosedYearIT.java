package org.coopkit.carshare.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.bookings.BookingRefused;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Issue 13: a trip ending in a closed year is refused whole, with what to do, and ends once the year is reopened. */
class TripInClosedYearIT {
    @EachDatabase
    void a_trip_whose_posting_is_refused_is_not_half_ended_and_ends_after_the_year_is_reopened(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4);
        Member owner = r.member("Olga Owner", "provider");
        Member dana = r.member("Dana Driver", "user");
        Member tess = r.member("Tess Treasurer", "worker");
        r.app().core().auth().grantRole(Actor.system(), tess.id(), Role.TREASURER);
        Actor treasurer = r.actor(tess);
        Vehicle car = r.car(owner, "Renault Zoe");
        r.clock().set(Instant.parse("2026-12-30T10:00:00Z"));
        BookingService.Booked b = r.app().carshare().bookings().book(r.actor(dana), car.id(),
                Instant.parse("2026-12-31T09:00:00Z"), Instant.parse("2026-12-31T12:00:00Z"), 30);
        r.clock().set(Instant.parse("2026-12-31T12:30:00Z"));
        r.app().ledger().fiscalYears().open(treasurer, org.coopkit.ledger.fiscal.FiscalYear.calendar(2026));
        var years = r.app().ledger().fiscalYears();
        years.close(treasurer, FiscalYearId.of(2026), years.previewClosing(treasurer, FiscalYearId.of(2026)).fingerprint());
        long entries = r.app().ledger().journal().page(treasurer, 0, 1).total();

        assertThatThrownBy(() -> r.app().carshare().trips().endTrip(r.actor(dana), b.booking().id(), 30))
                .isInstanceOf(BookingRefused.class)
                .hasMessageContaining("books for 2026 are closed")
                .hasMessageContaining("booking stays open")
                .hasMessageContaining("reopen fiscal year 2026");

        assertThat(r.app().carshare().bookings().get(r.actor(dana), b.booking().id()).status()).isEqualTo(Booking.Status.BOOKED);
        assertThat(r.app().carshare().trips().ofMember(r.actor(dana), dana.id())).isEmpty();
        assertThat(r.app().ledger().journal().page(treasurer, 0, 1).total()).isEqualTo(entries);
        assertThat(r.app().ledger().patronage().runningTotal(r.actor(dana), dana.id(),
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)).byKind()).isEmpty();

        years.reopen(treasurer, FiscalYearId.of(2026), "a trip ended on the last day");
        Trip trip = r.app().carshare().trips().endTrip(r.actor(dana), b.booking().id(), 30);
        assertThat(trip.price().isPositive()).isTrue();
        assertThat(r.app().ledger().journal().page(treasurer, 0, 1).total()).isEqualTo(entries + 1);
    }
}
