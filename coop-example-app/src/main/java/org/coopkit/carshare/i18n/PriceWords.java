package org.coopkit.carshare.i18n;

import org.coopkit.carshare.tariffs.Tariff;

/**
 * "Why this price" in the reader's language, built from the figures of a price and its tariff
 * (never by translating {@link Tariff.Price#explanation()}, which stays English for the API).
 */
public final class PriceWords {
    private PriceWords() {
    }

    /** {@code 180 min × €4.00/h = €12.00; 40 km × €0.30/km = €12.00; total €24.00. …} in the language of {@code i18n}. */
    public static String explain(I18n i18n, Tariff tariff, Tariff.Price p) {
        String total = i18n.t(p.minimumApplied() ? "price.explain.minimum" : "price.explain.total", i18n.money(p.total()));
        return i18n.t("price.explain", p.minutes(), i18n.money(tariff.perHour()), i18n.money(p.timeCost()), p.km(), i18n.money(tariff.perKm()),
                i18n.money(p.distanceCost()), total, i18n.decimal(tariff.ownerSharePercent().stripTrailingZeros()),
                i18n.money(p.ownerShare()), i18n.money(p.commission()), tariff.version());
    }
}
