package org.coopkit.ledger.journal;

import java.util.Objects;

/**
 * Names one intended posting, chosen by the caller (e.g. {@code booking-8812:settlement}). A
 * posting retried with the same key takes effect once and returns the entry of the first.
 *
 * @param value the key, 1 to 120 characters
 */
public record IdempotencyKey(String value) {
    /**
     * Checks the key.
     *
     * @param value the key, 1 to 120 characters
     * @throws IllegalArgumentException unless it is 1 to 120 characters, not blank
     */
    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 120) {
            throw new IllegalArgumentException("an idempotency key is 1 to 120 characters");
        }
    }

    /**
     * A posting's idempotency key.
     *
     * @param value the key, 1 to 120 characters
     * @return the key
     */
    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
