package org.coopkit.carshare.bookings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "carshare_bookings")
public class BookingEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "vehicle_id", nullable = false, length = 36)
    String vehicleId;
    @Column(name = "driver_id", nullable = false, length = 36)
    String driverId;
    @Column(name = "starts_at", nullable = false)
    Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    Instant endsAt;
    @Column(name = "quote_id", nullable = false, length = 36)
    String quoteId;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    @Column(name = "booked_at", nullable = false)
    Instant bookedAt;

    protected BookingEntity() {
    }
}
