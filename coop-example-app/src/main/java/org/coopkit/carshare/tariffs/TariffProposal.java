package org.coopkit.carshare.tariffs;

import java.math.BigDecimal;

/**
 * The terms of a proposed tariff, as a resolution carries them (decision kind {@code carshare.tariff}).
 * {@code freeCancellationHours}: until how many hours before its start a booking may be cancelled
 * (null or 0: until the start; proposals written before this setting carry none).
 */
public record TariffProposal(String perHour, String perKm, String minimum, BigDecimal ownerSharePercent, String currency,
                             Integer freeCancellationHours) {
    /** A proposal that keeps cancellation free until the start. */
    public TariffProposal(String perHour, String perKm, String minimum, BigDecimal ownerSharePercent, String currency) {
        this(perHour, perKm, minimum, ownerSharePercent, currency, null);
    }

    /** This proposal in its own currency, or in {@code coopCurrency} (the statutes') when it names none. */
    public TariffProposal inCurrency(String coopCurrency) {
        return currency != null ? this : new TariffProposal(perHour, perKm, minimum, ownerSharePercent, coopCurrency, freeCancellationHours);
    }

    /** The hours as the tariff applies them (0 when none is set). */
    public int cancellationHours() {
        return freeCancellationHours == null ? 0 : freeCancellationHours;
    }
}
