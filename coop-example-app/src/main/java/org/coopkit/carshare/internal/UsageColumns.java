package org.coopkit.carshare.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The usage a price is computed from (when the car was taken, when it came back, how far it went), as a quote and a
 * trip both store it: one mapping of the {@code starts_at}, {@code ends_at} and {@code km} columns.
 */
@Embeddable
public class UsageColumns {
    @Column(name = "starts_at", nullable = false)
    Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    Instant endsAt;
    @Column(name = "km", nullable = false)
    int km;

    protected UsageColumns() {
    }

    /**
     * A usage.
     *
     * @param startsAt when it starts
     * @param endsAt   when it ends
     * @param km       how far the car went
     */
    public UsageColumns(Instant startsAt, Instant endsAt, int km) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.km = km;
    }

    /** @return when it starts */
    public Instant startsAt() {
        return startsAt;
    }

    /** @return when it ends */
    public Instant endsAt() {
        return endsAt;
    }

    /** @return how far the car went, in km */
    public int km() {
        return km;
    }
}
