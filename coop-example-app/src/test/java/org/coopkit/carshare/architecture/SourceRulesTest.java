package org.coopkit.carshare.architecture;

import java.util.Map;
import org.coopkit.core.testing.SourceRulesContract;

/** Issue 16's source rules for coop-example-app: time from the injected clock, and the 300-line ratchet. */
class SourceRulesTest extends SourceRulesContract {
    /** Files still over 300 lines, with their length when the rule came in: they may only shrink. */
    static final Map<String, Integer> STILL_LONG = Map.of();

    SourceRulesTest() {
        super("org.coopkit.carshare", STILL_LONG, "org.coopkit.carshare.demo.DemoClock");
    }
}
