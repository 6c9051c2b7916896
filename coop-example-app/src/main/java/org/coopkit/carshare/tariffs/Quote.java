package org.coopkit.carshare.tariffs;

import java.time.Instant;
import java.util.UUID;

/**
 * A price given for a time range and a distance, with the tariff version and hash it came from,
 * so anyone can recompute it ("why this price").
 */
public record Quote(UUID id, int tariffVersion, String tariffHash, String tariffTerms, Instant start, Instant end, int km,
                    Tariff.Price price, Instant quotedAt) {
}
