package org.coopkit.governance.assemblies;

import java.util.List;
import org.coopkit.governance.ballots.BallotResult;

/**
 * The outcome of an assembly's call: whether quorum was met (participants against the roll, for the
 * call), and for each resolution whether it was adopted (quorum met and its majority reached). When
 * the first call misses its quorum and a second call is convened, {@code adjourned} is true, no
 * resolution is counted yet and they stay open for the second call.
 *
 * @param outcome the outcome in words: "quorum reached", "quorum not reached: adjourned to the second call on …", "quorum not reached"
 */
public record AssemblyResult(AssemblyId assembly, AssemblyKind kind, Assembly.Call call, long participants, int roll, String quorumRequired,
                             boolean quorumMet, boolean adjourned, String outcome, List<Resolution> resolutions) {
    /** One resolution of the agenda with its ballot's result and whether it was adopted. */
    public record Resolution(String ballot, String question, boolean adopted, BallotResult result) {
    }
}
