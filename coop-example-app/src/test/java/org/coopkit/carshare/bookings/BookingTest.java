package org.coopkit.carshare.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.members.MemberId;
import org.junit.jupiter.api.Test;

/** A booking's lifecycle is its own: each transition from a state that does not allow it is refused by name. */
class BookingTest {
    private static final Instant START = Instant.parse("2026-05-10T09:00:00Z");
    private static final Instant BEFORE = START.minus(Duration.ofHours(30));
    private static final Instant FREE_UNTIL = START.minus(Duration.ofHours(24));

    private static Booking booking(Booking.Status status) {
        return new Booking(new BookingId(UUID.randomUUID()), new VehicleId(UUID.randomUUID()), MemberId.random(), START,
                START.plus(Duration.ofHours(2)), org.coopkit.carshare.tariffs.QuoteId.random(), status, BEFORE.minus(Duration.ofDays(1)));
    }

    private static void refused(Runnable transition, String code) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(BookingRefused.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        });
    }

    @Test
    void a_booked_booking_is_cancelled_within_its_free_window_and_only_the_status_changes() {
        Booking b = booking(Booking.Status.BOOKED);
        Booking c = b.cancel(BEFORE, FREE_UNTIL, 24);
        assertThat(c.status()).isEqualTo(Booking.Status.CANCELLED);
        assertThat(c).usingRecursiveComparison().ignoringFields("status").isEqualTo(b);
        assertThat(b.cancellableAt(BEFORE, FREE_UNTIL)).isTrue();
    }

    @Test
    void cancelling_a_completed_or_cancelled_booking_is_refused() {
        refused(() -> booking(Booking.Status.COMPLETED).cancel(BEFORE, FREE_UNTIL, 24), "booking-not-cancellable");
        refused(() -> booking(Booking.Status.CANCELLED).cancel(BEFORE, FREE_UNTIL, 24), "booking-not-cancellable");
        assertThat(booking(Booking.Status.COMPLETED).cancellableAt(BEFORE, FREE_UNTIL)).isFalse();
    }

    @Test
    void cancelling_a_started_booking_is_refused_even_when_the_terms_would_allow_it() {
        refused(() -> booking(Booking.Status.BOOKED).cancel(START, START.plusSeconds(1), 0), "booking-started");
    }

    @Test
    void cancelling_past_the_free_window_is_refused() {
        refused(() -> booking(Booking.Status.BOOKED).cancel(FREE_UNTIL, FREE_UNTIL, 24), "cancellation-too-late");
        assertThat(booking(Booking.Status.BOOKED).cancellableAt(FREE_UNTIL, FREE_UNTIL)).isFalse();
    }

    @Test
    void a_started_booking_is_completed_by_its_trip() {
        Booking b = booking(Booking.Status.BOOKED);
        assertThat(b.complete(START).status()).isEqualTo(Booking.Status.COMPLETED);
        assertThat(b.complete(START.plus(Duration.ofDays(3))).status()).as("late return").isEqualTo(Booking.Status.COMPLETED);
    }

    @Test
    void completing_a_cancelled_or_ended_booking_or_one_not_started_is_refused() {
        refused(() -> booking(Booking.Status.CANCELLED).complete(START), "trip-not-open");
        refused(() -> booking(Booking.Status.COMPLETED).complete(START), "trip-not-open");
        refused(() -> booking(Booking.Status.BOOKED).complete(START.minusSeconds(1)), "trip-not-started");
    }
}
