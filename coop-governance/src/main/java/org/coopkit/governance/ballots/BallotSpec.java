package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.decisions.Decision;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;

/**
 * What the board puts to the vote.
 *
 * @param options   the choices (for YES_NO_ABSTAIN: yes, no, abstain)
 * @param seats     for STV and multi-winner approval; 1 otherwise
 * @param majority  for YES_NO_ABSTAIN: when the resolution is adopted
 * @param category  restricts the roll to members of one category
 * @param decision  what happens when the resolution is adopted (the decision seam)
 * @param assembly  the general assembly whose agenda this resolution is on
 */
public record BallotSpec(String question, List<String> options, Method method, int seats, MajorityRule majority, Secrecy secrecy,
                         boolean revoting, Instant opensAt, Instant closesAt, Optional<String> category, Optional<Decision> decision,
                         Optional<String> assembly) {
    public static final List<String> YES_NO = List.of("yes", "no", "abstain");

    public BallotSpec {
        options = List.copyOf(options);
        category = category == null ? Optional.empty() : category;
        decision = decision == null ? Optional.empty() : decision;
        assembly = assembly == null ? Optional.empty() : assembly;
    }

    /** A yes/no/abstain resolution, secret, simple majority, no revoting. */
    public static BallotSpec resolution(String question, Instant opensAt, Instant closesAt) {
        return new BallotSpec(question, YES_NO, Method.YES_NO_ABSTAIN, 1, MajorityRule.simple(), Secrecy.SECRET, false,
                opensAt, closesAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public BallotSpec with(Decision d) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, category, Optional.of(d), assembly);
    }

    public BallotSpec withRevoting() {
        return new BallotSpec(question, options, method, seats, majority, secrecy, true, opensAt, closesAt, category, decision, assembly);
    }

    public BallotSpec withSecrecy(Secrecy s) {
        return new BallotSpec(question, options, method, seats, majority, s, revoting, opensAt, closesAt, category, decision, assembly);
    }

    public BallotSpec withMajority(MajorityRule m) {
        return new BallotSpec(question, options, method, seats, m, secrecy, revoting, opensAt, closesAt, category, decision, assembly);
    }

    public BallotSpec inAssembly(String assemblyId) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, category, decision, Optional.of(assemblyId));
    }

    public BallotSpec forCategory(String c) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, Optional.of(c), decision, assembly);
    }

    public static BallotSpec choice(String question, List<String> options, Method method, int seats, Instant opensAt, Instant closesAt) {
        return new BallotSpec(question, options, method, seats, MajorityRule.simple(), Secrecy.SECRET, false, opensAt, closesAt,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
