package org.coopkit.governance.proxies;

import java.util.Objects;
import java.util.UUID;
import org.coopkit.core.errors.MalformedId;

/**
 * Identifies a proxy (a mandate given for one ballot).
 *
 * @param value the UUID
 */
public record ProxyId(UUID value) {
    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public ProxyId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new random id.
     *
     * @return an id from a random (version 4) UUID
     */
    public static ProxyId random() {
        return new ProxyId(UUID.randomUUID());
    }

    /**
     * Parses an id.
     *
     * @param text a UUID in its usual text form
     * @return the id
     * @throws MalformedId when {@code text} is not a UUID
     */
    public static ProxyId of(String text) {
        try {
            return new ProxyId(UUID.fromString(String.valueOf(text).strip()));
        } catch (IllegalArgumentException e) {
            throw new MalformedId("proxy", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
