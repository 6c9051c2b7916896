package org.coopkit.carshare.bookings;

import java.time.Instant;
import org.coopkit.carshare.tariffs.QuoteId;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;

/**
 * A member's booking of one car for a time range [start, end). Two live bookings of one car never
 * overlap: the database refuses it (an exclusion constraint on PostgreSQL; a lock on the car's row
 * before the overlap check everywhere).
 */
public record Booking(BookingId id, VehicleId vehicle, MemberId driver, Instant start, Instant end, QuoteId quoteId, Status status,
                      Instant bookedAt) {
    public enum Status { BOOKED, CANCELLED, COMPLETED }

    /** Where the booking stands for the member: its status followed by the clock (a booking whose time has come is in progress). */
    public enum Phase { BOOKED, IN_PROGRESS, ENDED, CANCELLED }

    /** The phase at {@code now}: BOOKED before the start, IN_PROGRESS from the start until the trip is ended, then ENDED. */
    public Phase phaseAt(Instant now) {
        return switch (status) {
            case CANCELLED -> Phase.CANCELLED;
            case COMPLETED -> Phase.ENDED;
            case BOOKED -> now.isBefore(start) ? Phase.BOOKED : Phase.IN_PROGRESS;
        };
    }

    /** True when this booking's time shares an instant with [otherStart, otherEnd) (the next free slots skip those). */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    /** True when a cancellation at {@code now} is free under terms that allow it until {@code freeUntil}. */
    public boolean cancellableAt(Instant now, Instant freeUntil) {
        return status == Status.BOOKED && now.isBefore(freeUntil);
    }

    /**
     * This booking cancelled at {@code now}, under terms that let it be cancelled until {@code freeUntil}
     * ({@code freeHours} before its start). Refused: a booking that is cancelled or over
     * ({@code booking-not-cancellable}), one that has started ({@code booking-started}, a trip ends it),
     * one past its free window ({@code cancellation-too-late}).
     */
    public Booking cancel(Instant now, Instant freeUntil, int freeHours) {
        if (status != Status.BOOKED) {
            throw new BookingRefused(ErrorKind.CONFLICT, "booking-not-cancellable", "this booking is " + (status == Status.CANCELLED ? "already cancelled" : "over") + " and cannot be cancelled");
        }
        if (!now.isBefore(start)) {
            throw new BookingRefused(ErrorKind.CONFLICT, "booking-started", "the booking has started: end it with a trip instead");
        }
        if (!cancellableAt(now, freeUntil)) {
            throw new BookingRefused(ErrorKind.CONFLICT, "cancellation-too-late", "the tariff lets a booking be cancelled until "
                    + freeHours + " hours before its start: this one can no longer be cancelled, the booked time is paid with the trip");
        }
        return withStatus(Status.CANCELLED);
    }

    /**
     * This booking completed by its trip at {@code now}. Refused: a cancelled or already ended booking
     * ({@code trip-not-open}), one whose time has not come ({@code trip-not-started}).
     */
    public Booking complete(Instant now) {
        if (status != Status.BOOKED) {
            throw new BookingRefused(ErrorKind.CONFLICT, "trip-not-open", "this booking is " + (status == Status.CANCELLED ? "cancelled" : "already ended") + ": no trip to end");
        }
        if (now.isBefore(start)) {
            throw new BookingRefused(ErrorKind.CONFLICT, "trip-not-started", "the booking has not started yet");
        }
        return withStatus(Status.COMPLETED);
    }

    private Booking withStatus(Status next) {
        return new Booking(id, vehicle, driver, start, end, quoteId, next, bookedAt);
    }
}
