package org.coopkit.governance.assemblies;

import java.util.Objects;
import java.util.UUID;
import org.coopkit.core.errors.MalformedId;

/**
 * Identifies a general assembly.
 *
 * @param value the UUID
 */
public record AssemblyId(UUID value) {
    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public AssemblyId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new random id.
     *
     * @return an id from a random (version 4) UUID
     */
    public static AssemblyId random() {
        return new AssemblyId(UUID.randomUUID());
    }

    /**
     * Parses an id.
     *
     * @param text a UUID in its usual text form
     * @return the id
     * @throws MalformedId when {@code text} is not a UUID
     */
    public static AssemblyId of(String text) {
        try {
            return new AssemblyId(UUID.fromString(String.valueOf(text).strip()));
        } catch (IllegalArgumentException e) {
            throw new MalformedId("assembly", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
