package org.coopkit.carshare.bookings;

import java.time.Instant;
import java.util.UUID;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;

/**
 * A member's booking of one car for a time range [start, end). Two live bookings of one car never
 * overlap: the database refuses it (an exclusion constraint on PostgreSQL; a lock on the car's row
 * before the overlap check everywhere).
 */
public record Booking(BookingId id, VehicleId vehicle, MemberId driver, Instant start, Instant end, UUID quoteId, Status status,
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

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    public Booking cancelled() {
        return new Booking(id, vehicle, driver, start, end, quoteId, Status.CANCELLED, bookedAt);
    }

    public Booking completed() {
        return new Booking(id, vehicle, driver, start, end, quoteId, Status.COMPLETED, bookedAt);
    }
}
