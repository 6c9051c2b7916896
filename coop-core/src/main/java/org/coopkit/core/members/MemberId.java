package org.coopkit.core.members;

import java.util.Objects;
import java.util.UUID;

/** Identity of a member (and of an applicant, who keeps it on admission). */
public record MemberId(UUID value) {
    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    public static MemberId of(String value) {
        return new MemberId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
