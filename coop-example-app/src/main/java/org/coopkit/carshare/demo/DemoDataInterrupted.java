package org.coopkit.carshare.demo;

import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

/** The demo fill of this database started and never finished: it holds part of a co-op, not the demo. */
public final class DemoDataInterrupted extends CarshareException {
    public DemoDataInterrupted(String startedAt) {
        super(ErrorKind.CONFLICT, "demo-data-interrupted", "the demo data started at " + startedAt
                + " was interrupted before it was complete: this database holds only part of the demo co-op."
                + " Delete it (the ./data folder, or drop the schema) and run demo-data again.");
    }
}
