package org.coopkit.carshare.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, which demo-data generation can pin to a moment in the past while it replays a
 * year of the co-op's life through the real services; unpinned, it is the system clock.
 */
public final class DemoClock extends Clock {
    private volatile Instant pinned;

    public void pin(Instant at) {
        pinned = at;
    }

    public void release() {
        pinned = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant p = pinned;
        return p != null ? p : Instant.now();
    }
}
