package org.coopkit.carshare.vehicles.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.Vehicles;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

public final class JpaVehicles implements Vehicles {
    private final Transactions tx;

    public JpaVehicles(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Vehicle> find(VehicleId id) {
        return Optional.ofNullable(tx.entityManager().find(VehicleEntity.class, id.toString())).map(JpaVehicles::toDomain);
    }

    @Override
    public Optional<Vehicle> lock(VehicleId id) {
        return Optional.ofNullable(tx.entityManager().find(VehicleEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaVehicles::toDomain);
    }

    @Override
    public List<Vehicle> all() {
        return tx.entityManager().createQuery("select v from VehicleEntity v order by v.location, v.model, v.id", VehicleEntity.class)
                .getResultStream().map(JpaVehicles::toDomain).toList();
    }

    @Override
    public void add(Vehicle v) {
        VehicleEntity e = new VehicleEntity();
        e.id = v.id().toString();
        copy(v, e);
        tx.entityManager().persist(e);
    }

    @Override
    public void update(Vehicle v) {
        copy(v, tx.entityManager().find(VehicleEntity.class, v.id().toString()));
    }

    private static void copy(Vehicle v, VehicleEntity e) {
        e.ownerId = v.owner().toString();
        e.model = v.model();
        e.seats = v.seats();
        e.location = v.location();
        e.energy = v.energy().name();
        e.status = v.status().name();
    }

    private static Vehicle toDomain(VehicleEntity e) {
        return new Vehicle(VehicleId.of(e.id), MemberId.of(e.ownerId), e.model, e.seats, e.location, Energy.valueOf(e.energy),
                Vehicle.Status.valueOf(e.status));
    }
}
