package org.coopkit.carshare.vehicles;

import org.coopkit.core.members.MemberId;

/**
 * A car a provider member lists with the co-op. Withdrawn cars keep their history but take no new
 * bookings.
 */
public record Vehicle(VehicleId id, MemberId owner, String model, int seats, String location, Energy energy, Status status) {
    public enum Status { AVAILABLE, WITHDRAWN }

    public boolean available() {
        return status == Status.AVAILABLE;
    }

    public Vehicle withdrawn() {
        return new Vehicle(id, owner, model, seats, location, energy, Status.WITHDRAWN);
    }
}
