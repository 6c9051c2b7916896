package org.coopkit.governance.assemblies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The minutes of a closed general assembly, generated from what was recorded: each call held with
 * its attendance and quorum, and each resolution's result with the figure that decided it.
 *
 * @param assembly the closed assembly
 * @param calls each call held, with attendance and quorum
 * @param resolutions each resolution's result
 */
public record Minutes(Assembly assembly, List<CallRecord> calls, List<ResolutionRecord> resolutions) {
    /**
     * Copies the lists.
     *
     * @param assembly the closed assembly
     * @param calls each call held, with attendance and quorum
     * @param resolutions each resolution's result
     */
    public Minutes {
        calls = List.copyOf(calls);
        resolutions = List.copyOf(resolutions);
    }

    /** A call as it was held: members who took part against the roll, the quorum required, and the outcome in words. */
    public record CallRecord(Assembly.Call call, Instant heldAt, long participants, int roll, String quorumRequired, boolean quorumMet,
                             String outcome) {
    }

    /**
     * A resolution: yes/no/abstain counts, the majority rule, which figure decided ({@code decides}),
     * and the outcome: "adopted", "rejected", or "not adopted: quorum not reached".
     */
    public record ResolutionRecord(String ballot, int position, String question, Map<String, String> counts, long voters, int roll, String rule,
                                   String decides, String outcome) {
    }
}
