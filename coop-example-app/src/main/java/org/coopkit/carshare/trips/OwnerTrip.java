package org.coopkit.carshare.trips;

import java.time.Instant;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.money.Money;

/**
 * A trip of their car as its owner sees it: the car, the dates, and the owner's own share. No
 * driver, no booking, no kilometres, no price paid by the driver (the data policy's "dates only").
 */
public record OwnerTrip(VehicleId vehicle, Instant start, Instant end, Money ownerShare) implements TripSeen {
    public static OwnerTrip of(Trip t) {
        return new OwnerTrip(t.vehicle(), t.start(), t.end(), t.ownerShare());
    }
}
