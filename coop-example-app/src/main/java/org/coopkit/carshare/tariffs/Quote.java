package org.coopkit.carshare.tariffs;

import java.time.Instant;

/**
 * A price given for a time range and a distance, with the tariff version and hash it came from,
 * so anyone can recompute it ("why this price"). A stored quote (one a booking cites) has an id; an
 * estimate (the price a search shows, stored nowhere) has none.
 */
public record Quote(QuoteId id, int tariffVersion, String tariffHash, String tariffTerms, Instant start, Instant end, int km,
                    Tariff.Price price, Instant quotedAt) {
    /** True for a price computed and not stored ({@link TariffService#estimate}): no id to cite. */
    public boolean isEstimate() {
        return id == null;
    }
}
