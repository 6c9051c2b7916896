package org.coopkit.ledger;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the ledger that are not part of the allocation policy.
 *
 * @param transportType the type of transport the platform's sellers rent out, as reported on the
 *                      platform income statements (DAC7 "rental of any mode of transport"), e.g.
 *                      {@code PASSENGER_CAR}; upper-case letters and underscores
 */
public record LedgerSettings(String transportType) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    public LedgerSettings {
        Objects.requireNonNull(transportType, "transportType");
        if (!CODE.matcher(transportType).matches()) {
            throw new IllegalArgumentException("a transport type is upper-case letters and underscores: '" + transportType + "'");
        }
    }

    /** A platform whose sellers rent out means of transport it does not name. */
    public static LedgerSettings defaults() {
        return new LedgerSettings("UNSPECIFIED");
    }

    public LedgerSettings withTransportType(String type) {
        return new LedgerSettings(type);
    }
}
