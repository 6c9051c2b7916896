package org.coopkit.carshare.trips;

import java.time.Instant;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.environment.Footprint;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * A finished trip: one per booking. The driver pays {@code price}; the owner earns
 * {@code ownerShare}; the co-op keeps {@code commission} (they add up to the price exactly).
 */
public record Trip(BookingId booking, VehicleId vehicle, MemberId driver, MemberId owner, Instant start, Instant end, int km,
                   int tariffVersion, Money price, Money ownerShare, Money commission, Footprint footprint, Instant endedAt)
        implements TripSeen {
    /** What this viewer may see of the trip: all of it as its driver, the board or the treasurer; dates only as the car's owner. */
    public TripSeen seenBy(org.coopkit.core.actors.Actor viewer) {
        if (viewer.isSelf(driver)) return this;
        if (viewer.isSelf(owner)) return OwnerTrip.of(this);
        return this; // the service has already refused anyone else but the board and the treasurer
    }
}
