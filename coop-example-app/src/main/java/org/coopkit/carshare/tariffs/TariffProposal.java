package org.coopkit.carshare.tariffs;

import java.math.BigDecimal;

/** The terms of a proposed tariff, as a resolution carries them (decision kind {@code carshare.tariff}). */
public record TariffProposal(String perHour, String perKm, String minimum, BigDecimal ownerSharePercent, String currency) {
}
