package org.coopkit.governance.ballots;

import java.util.UUID;

/** Identifies a ballot. */
public record BallotId(UUID value) {
    public static BallotId random() {
        return new BallotId(UUID.randomUUID());
    }

    public static BallotId of(String s) {
        return new BallotId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
