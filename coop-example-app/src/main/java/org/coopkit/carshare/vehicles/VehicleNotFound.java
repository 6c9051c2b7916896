package org.coopkit.carshare.vehicles;

import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

public final class VehicleNotFound extends CarshareException {
    public VehicleNotFound(VehicleId id) {
        super(ErrorKind.NOT_FOUND, "vehicle-not-found", "no such car (it may have been removed)");
    }
}
