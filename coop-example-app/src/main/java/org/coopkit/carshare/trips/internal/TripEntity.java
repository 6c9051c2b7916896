package org.coopkit.carshare.trips.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.coopkit.carshare.internal.UsageColumns;

@Entity
@Table(name = "carshare_trips")
public class TripEntity {
    @Id
    @Column(name = "booking_id", length = 36)
    String bookingId;
    @Column(name = "vehicle_id", nullable = false, length = 36)
    String vehicleId;
    @Column(name = "driver_id", nullable = false, length = 36)
    String driverId;
    @Column(name = "owner_id", nullable = false, length = 36)
    String ownerId;
    @Embedded
    UsageColumns usage;
    @Column(name = "tariff_version", nullable = false)
    int tariffVersion;
    @Column(name = "price", nullable = false, precision = 19, scale = 4)
    BigDecimal price;
    @Column(name = "owner_share", nullable = false, precision = 19, scale = 4)
    BigDecimal ownerShare;
    @Column(name = "commission", nullable = false, precision = 19, scale = 4)
    BigDecimal commission;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;
    @Column(name = "energy", nullable = false, length = 20)
    String energy;
    @Column(name = "ended_at", nullable = false)
    Instant endedAt;

    protected TripEntity() {
    }
}
