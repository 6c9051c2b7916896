package org.coopkit.carshare.tariffs;

import java.util.Objects;
import java.util.UUID;
import org.coopkit.core.errors.MalformedId;

/**
 * Identifies a stored quote (the price a booking cites); an estimate has none.
 *
 * @param value the UUID
 */
public record QuoteId(UUID value) {
    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public QuoteId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new random id.
     *
     * @return an id from a random (version 4) UUID
     */
    public static QuoteId random() {
        return new QuoteId(UUID.randomUUID());
    }

    /**
     * Parses an id.
     *
     * @param text a UUID in its usual text form
     * @return the id
     * @throws MalformedId when {@code text} is not a UUID
     */
    public static QuoteId of(String text) {
        try {
            return new QuoteId(UUID.fromString(String.valueOf(text).strip()));
        } catch (IllegalArgumentException e) {
            throw new MalformedId("quote", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
