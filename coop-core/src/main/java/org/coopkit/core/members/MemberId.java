package org.coopkit.core.members;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a member (and of an applicant, who keeps it on admission).
 *
 * @param value the UUID
 */
public record MemberId(UUID value) {
    /**
     * Refuses a null value.
     *
     * @param value the UUID
     */
    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new, random id.
     *
     * @return an id from a random (version 4) UUID
     */
    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /**
     * Parses an id.
     *
     * @param value a UUID in its usual text form
     * @return the id
     * @throws IllegalArgumentException when {@code value} is not a UUID
     */
    public static MemberId of(String value) {
        return new MemberId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
