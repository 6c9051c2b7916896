package org.coopkit.governance.ballots;

import java.util.UUID;

/** Identifies a ballot. */
public record BallotId(UUID value) {
    /**
     * A new random id.
     * @return the id
     */
    public static BallotId random() {
        return new BallotId(UUID.randomUUID());
    }

    /**
     * Parses an id.
     * @param s the UUID as text
     * @return the id
     * @throws IllegalArgumentException if it is not a UUID
     */
    public static BallotId of(String s) {
        return new BallotId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
