package org.coopkit.carshare.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.coopkit.carshare.CarshareFixtures;
import org.coopkit.carshare.CarshareFixtures.Running;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.bookings.BookingRefused;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.auth.AuthSettings;
import org.coopkit.core.members.Member;
import org.coopkit.core.testing.ApiClient;
import org.coopkit.core.testing.ApiClient.Reply;
import org.coopkit.core.testing.CoreFixtures;
import org.coopkit.core.testing.EachDatabase;
import org.coopkit.core.testing.TestDatabase;
import org.coopkit.core.web.ApiServer;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearClosed;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;

/**
 * Issue 13: a trip ending in a closed year is refused whole, with what to do (which year, who can reopen it),
 * in Java and over HTTP (problem+json), and ends once the year is reopened; in a locked year the message says
 * the year cannot be reopened and names the open year to date activity in.
 */
class TripInClosedYearIT {
    static final AuthSettings LONG_SESSIONS = AuthSettings.defaults().withSessions(Duration.ofDays(30), Duration.ofDays(400));

    record World(Running r, Member dana, Actor treasurer, BookingService.Booked booked, long entries) {
    }

    /** Dana's booking of 31 December 2026, 09:00–12:00; the treasurer closes 2026 at 12:30 on its last day. */
    static World closedOnItsLastDay(TestDatabase db) {
        Running r = CarshareFixtures.start(db, 4, LONG_SESSIONS);
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
        r.app().ledger().fiscalYears().open(treasurer, FiscalYear.calendar(2026));
        var years = r.app().ledger().fiscalYears();
        years.close(treasurer, FiscalYearId.of(2026), years.previewClosing(treasurer, FiscalYearId.of(2026)).fingerprint());
        return new World(r, dana, treasurer, b, r.app().ledger().journal().page(treasurer, 0, 1).total());
    }

    @EachDatabase
    void a_trip_whose_posting_is_refused_is_not_half_ended_and_ends_after_the_year_is_reopened(TestDatabase db) {
        World w = closedOnItsLastDay(db);
        Running r = w.r();

        assertThatThrownBy(() -> r.app().carshare().trips().endTrip(r.actor(w.dana()), w.booked().booking().id(), 30))
                .isInstanceOf(BookingRefused.class)
                .hasMessageContaining("books for 2026 are closed")
                .hasMessageContaining("booking stays open")
                .hasMessageContaining("ask the treasurer or the board to reopen fiscal year 2026");

        assertNothingHalfDone(w);

        r.app().ledger().fiscalYears().reopen(w.treasurer(), FiscalYearId.of(2026), "a trip ended on the last day");
        Trip trip = r.app().carshare().trips().endTrip(r.actor(w.dana()), w.booked().booking().id(), 30);
        assertThat(trip.price().isPositive()).isTrue();
        assertThat(r.app().ledger().journal().page(w.treasurer(), 0, 1).total()).isEqualTo(w.entries() + 1);
    }

    @EachDatabase
    void over_http_the_refusal_is_a_problem_that_says_what_to_do_and_the_booking_stays_as_it_was(TestDatabase db) {
        World w = closedOnItsLastDay(db);
        Running r = w.r();
        try (ApiServer server = ApiServer.start(0, r.app().resourceConfig())) {
            ApiClient dana = new ApiClient(server.baseUri()).login(w.dana().email(), CoreFixtures.PASSWORD);

            Reply refused = dana.post("/api/bookings/" + w.booked().booking().id() + "/trip", "{\"km\":30}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("code").asText()).isEqualTo("books-closed");
            assertThat(refused.json().get("detail").asText()).contains("books for 2026 are closed", "booking stays open",
                    "ask the treasurer or the board to reopen fiscal year 2026");
            assertNothingHalfDone(w);
            assertThat(dana.get("/api/bookings/" + w.booked().booking().id()).json().get("status").asText()).isEqualTo("BOOKED");
        }
    }

    @EachDatabase
    void in_a_locked_year_the_message_says_it_cannot_be_reopened_and_names_the_open_year(TestDatabase db) {
        World w = closedOnItsLastDay(db);
        Running r = w.r();
        r.app().ledger().fiscalYears().lock(w.treasurer(), FiscalYearId.of(2026), "ordinary assembly of 31 December, resolution 1");
        r.app().ledger().fiscalYears().open(w.treasurer(), FiscalYear.calendar(2027));

        assertThatThrownBy(() -> r.app().carshare().trips().endTrip(r.actor(w.dana()), w.booked().booking().id(), 30))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("books for 2026 are locked").hasMessageContaining("cannot be reopened");
        assertNothingHalfDone(w);
        assertThatThrownBy(() -> r.app().ledger().journal().post(w.treasurer(), PostEntry.of("late", java.time.LocalDate.of(2026, 12, 31), "Late invoice",
                JournalLine.debit("622", org.coopkit.core.money.Money.of("10.00", "EUR")),
                JournalLine.credit("512", org.coopkit.core.money.Money.of("10.00", "EUR")))))
                .isInstanceOf(FiscalYearClosed.class)
                .hasMessageContaining("fiscal year 2026 is locked")
                .hasMessageContaining("can no longer be reopened")
                .hasMessageContaining("date it in the open fiscal year 2027")
                .satisfies(e -> assertThat(((FiscalYearClosed) e).details()).containsEntry("reopenableBy", java.util.List.of())
                        .containsEntry("openYear", "2027"));
    }

    private static void assertNothingHalfDone(World w) {
        Running r = w.r();
        assertThat(r.app().carshare().bookings().get(r.actor(w.dana()), w.booked().booking().id()).status()).isEqualTo(Booking.Status.BOOKED);
        assertThat(r.app().carshare().trips().ofMember(r.actor(w.dana()), w.dana().id())).isEmpty();
        assertThat(r.app().ledger().journal().page(w.treasurer(), 0, 1).total()).isEqualTo(w.entries());
        assertThat(r.app().ledger().patronage().runningTotal(r.actor(w.dana()), w.dana().id(),
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)).byKind()).isEmpty();
    }
}
