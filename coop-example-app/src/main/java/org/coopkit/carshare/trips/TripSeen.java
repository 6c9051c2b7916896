package org.coopkit.carshare.trips;

import java.time.Instant;
import org.coopkit.carshare.vehicles.VehicleId;

/**
 * A trip as one viewer may see it: the whole {@link Trip} for its driver (and the board or the
 * treasurer), an {@link OwnerTrip} for the car's owner, who by the data policy (purpose
 * "service": "the car's owner (dates only)") learns when their car was used and what they earned,
 * never who drove it or how far.
 */
public sealed interface TripSeen permits Trip, OwnerTrip {
    VehicleId vehicle();

    Instant start();

    Instant end();
}
