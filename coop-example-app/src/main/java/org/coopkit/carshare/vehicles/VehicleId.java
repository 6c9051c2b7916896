package org.coopkit.carshare.vehicles;

import java.util.UUID;

/** Identity of a car listed in the co-op. */
public record VehicleId(UUID value) {
    public static VehicleId random() {
        return new VehicleId(UUID.randomUUID());
    }

    public static VehicleId of(String s) {
        return new VehicleId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
