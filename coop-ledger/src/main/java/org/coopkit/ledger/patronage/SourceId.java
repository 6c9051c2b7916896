package org.coopkit.ledger.patronage;

import java.util.Objects;

/**
 * The activity that produced a patronage record, named by the application (e.g.
 * {@code trip-8812:renter}). Recording the same source twice has effect once.
 *
 * @param value the id, 1 to 120 characters
 */
public record SourceId(String value) {
    /**
     * Checks the id.
     *
     * @param value the id, 1 to 120 characters
     * @throws IllegalArgumentException unless it is 1 to 120 characters, not blank
     */
    public SourceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 120) throw new IllegalArgumentException("a source id is 1 to 120 characters");
    }

    /**
     * An activity's source id.
     *
     * @param value the id, 1 to 120 characters
     * @return the id
     */
    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
