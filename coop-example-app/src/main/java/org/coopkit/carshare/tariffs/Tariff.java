package org.coopkit.carshare.tariffs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coopkit.core.audit.Hashes;
import org.coopkit.core.money.Money;

/**
 * The one published price list, the same for every member: a price per hour, per km, a minimum
 * per booking, and the share of each price that goes to the car's owner (the rest is the co-op's
 * commission). No price depends on who books or on anything known about them. Each version has a
 * hash of its terms, which every quote records, so a member can recompute their price.
 */
public record Tariff(int version, Money perHour, Money perKm, Money minimum, BigDecimal ownerSharePercent,
                     Instant publishedAt, String decisionId, int freeCancellationHours) {

    /** A tariff whose bookings may be cancelled free of charge until they start (the terms before cancellation hours were voted). */
    public Tariff(int version, Money perHour, Money perKm, Money minimum, BigDecimal ownerSharePercent, Instant publishedAt, String decisionId) {
        this(version, perHour, perKm, minimum, ownerSharePercent, publishedAt, decisionId, 0);
    }

    /**
     * The last moment a booking starting at {@code start} may be cancelled: {@link #freeCancellationHours} before it
     * (the start itself when 0). Later, the booking can no longer be cancelled: it is paid as a trip.
     */
    public Instant cancellableUntil(Instant start) {
        return start.minus(java.time.Duration.ofHours(freeCancellationHours));
    }

    /** The terms that are hashed, in a fixed order: what a member needs to recompute a price. */
    public String canonicalTerms() {
        return "v" + version + "|perHour=" + perHour + "|perKm=" + perKm + "|minimum=" + minimum
                + "|ownerShare=" + ownerSharePercent.stripTrailingZeros().toPlainString() + "%"
                // only in versions that set it, so the hashes of the versions published before stay the same
                + (freeCancellationHours > 0 ? "|freeCancellation=" + freeCancellationHours + "h" : "");
    }

    public String hash() {
        return Hashes.sha256(canonicalTerms());
    }

    /**
     * The price of a booking: minutes × perHour / 60 and km × perKm, each rounded half-up to the
     * cent, added, and raised to the minimum when below it.
     */
    public Price price(Duration duration, int km) {
        long minutes = duration.toMinutes();
        Money time = Money.of(perHour.amount().multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP),
                perHour.currency(), RoundingMode.HALF_UP);
        Money distance = perKm.times(km);
        Money sum = time.plus(distance);
        boolean minimumApplied = sum.isLessThan(minimum);
        Money total = minimumApplied ? minimum : sum;
        List<Money> split = total.allocate(List.of(ownerSharePercent, BigDecimal.valueOf(100).subtract(ownerSharePercent)));
        String why = String.format("%d min × %s/h = %s; %d km × %s/km = %s; %s%s. Owner receives %s%% (%s), the co-op %s. Tariff v%d.",
                minutes, perHour, time, km, perKm, distance,
                minimumApplied ? "below the minimum, so the minimum applies: " : "total ", total,
                ownerSharePercent.stripTrailingZeros().toPlainString(), split.get(0), split.get(1), version);
        return new Price(minutes, km, time, distance, minimumApplied, total, split.get(0), split.get(1), why);
    }

    /** A computed price and the reason for every figure. */
    public record Price(long minutes, int km, Money timeCost, Money distanceCost, boolean minimumApplied, Money total,
                        Money ownerShare, Money commission, String explanation) {
    }
}
