package org.coopkit.core.architecture;

import java.util.Map;
import org.coopkit.core.testing.SourceRulesContract;

/** Issue 16's source rules for coop-core: time from the injected clock, and the 300-line ratchet. */
class SourceRulesTest extends SourceRulesContract {
    /** Files still over 300 lines, with their length when the rule came in: they may only shrink. */
    static final Map<String, Integer> STILL_LONG = Map.of();

    SourceRulesTest() {
        super("org.coopkit.core", STILL_LONG);
    }
}
