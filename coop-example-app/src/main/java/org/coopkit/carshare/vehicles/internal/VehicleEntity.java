package org.coopkit.carshare.vehicles.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "carshare_vehicles")
public class VehicleEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "owner_id", nullable = false, length = 36)
    String ownerId;
    @Column(name = "model", nullable = false, length = 100)
    String model;
    @Column(name = "seats", nullable = false)
    int seats;
    @Column(name = "location", nullable = false, length = 100)
    String location;
    @Column(name = "energy", nullable = false, length = 20)
    String energy;
    @Column(name = "status", nullable = false, length = 20)
    String status;

    protected VehicleEntity() {
    }
}
