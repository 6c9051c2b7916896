package org.coopkit.carshare.vehicles;

import java.util.List;
import java.util.Optional;

/** The cars' repository; call inside a transaction. */
public interface Vehicles {
    Optional<Vehicle> find(VehicleId id);

    /** Reads and locks the car's row: bookings of one car are taken one at a time. */
    Optional<Vehicle> lock(VehicleId id);

    List<Vehicle> all();

    void add(Vehicle v);

    void update(Vehicle v);
}
