package org.coopkit.carshare.bookings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;

/** Bookings' repository; call inside a transaction. */
public interface Bookings {
    Optional<Booking> find(BookingId id);

    Optional<Booking> lock(BookingId id);

    /** Live (BOOKED or COMPLETED) bookings of the car that overlap [start, end). */
    List<Booking> overlapping(VehicleId vehicle, Instant start, Instant end);

    List<Booking> ofDriver(MemberId driver);

    List<Booking> ofVehicle(VehicleId vehicle);

    void add(Booking b);

    void update(Booking b);
}
