package org.coopkit.carshare.tariffs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "carshare_tariffs")
public class TariffEntity {
    @Id
    @Column(name = "version")
    int version;
    @Column(name = "per_hour", nullable = false, precision = 19, scale = 4)
    BigDecimal perHour;
    @Column(name = "per_km", nullable = false, precision = 19, scale = 4)
    BigDecimal perKm;
    @Column(name = "minimum_price", nullable = false, precision = 19, scale = 4)
    BigDecimal minimum;
    @Column(name = "currency", nullable = false, length = 3)
    String currency;
    @Column(name = "owner_share_percent", nullable = false, precision = 19, scale = 4)
    BigDecimal ownerSharePercent;
    @Column(name = "published_at", nullable = false)
    Instant publishedAt;
    @Column(name = "decision_id", nullable = false, length = 100)
    String decisionId;
    @Column(name = "hash", nullable = false, length = 64)
    String hash;
    @Column(name = "free_cancellation_hours", nullable = false)
    int freeCancellationHours;

    protected TariffEntity() {
    }
}
