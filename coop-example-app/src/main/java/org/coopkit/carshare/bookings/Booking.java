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
