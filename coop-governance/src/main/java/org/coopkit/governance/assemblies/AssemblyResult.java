package org.coopkit.governance.assemblies;

import java.util.List;
import org.coopkit.governance.ballots.BallotResult;

/**
 * The outcome of an assembly: whether quorum was met (participants against the roll, for the call
 * used), and for each resolution whether it was adopted (quorum met and its majority reached).
 */
public record AssemblyResult(String assembly, AssemblyKind kind, Assembly.Call call, long participants, int roll, String quorumRequired,
                             boolean quorumMet, List<Resolution> resolutions) {
    /** One resolution of the agenda with its ballot's result and whether it was adopted. */
    public record Resolution(String ballot, String question, boolean adopted, BallotResult result) {
    }
}
