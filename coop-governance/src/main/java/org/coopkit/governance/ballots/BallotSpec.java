package org.coopkit.governance.ballots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.decisions.Decision;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;

/**
 * What the board puts to the vote.
 *
 * @param question  what is asked, as members read it
 * @param options   the choices (for YES_NO_ABSTAIN: yes, no, abstain)
 * @param method    how the votes are counted
 * @param seats     for STV and multi-winner approval; 1 otherwise
 * @param majority  for YES_NO_ABSTAIN: when the resolution is adopted
 * @param secrecy   secret (tracking codes only) or open (who voted what is kept)
 * @param revoting  whether a voter may replace their vote until the close
 * @param opensAt   when voting opens
 * @param closesAt  the announced close
 * @param category  restricts the roll to members of one category
 * @param decision  what happens when the resolution is adopted (the decision seam)
 * @param assembly  the general assembly whose agenda this resolution is on
 */
public record BallotSpec(String question, List<String> options, Method method, int seats, MajorityRule majority, Secrecy secrecy,
                         boolean revoting, Instant opensAt, Instant closesAt, Optional<String> category, Optional<Decision> decision,
                         Optional<AssemblyId> assembly) {
    /**
     * The options of a yes/no/abstain resolution, in this order.
     */
    public static final List<String> YES_NO = List.of("yes", "no", "abstain");

    /**
     * Copies the options and turns null optionals into empty ones.
     *
     * @param question what is asked
     * @param options the choices; copied
     * @param method how the votes are counted
     * @param seats seats to fill
     * @param majority when a yes/no resolution is adopted
     * @param secrecy secret or open
     * @param revoting whether a voter may replace their vote
     * @param opensAt when voting opens
     * @param closesAt the announced close
     * @param category the category the roll is restricted to; null for none
     * @param decision the decision applied once adopted; null for none
     * @param assembly the assembly whose agenda it is on; null for none
     */
    public BallotSpec {
        options = List.copyOf(options);
        category = category == null ? Optional.empty() : category;
        decision = decision == null ? Optional.empty() : decision;
        assembly = assembly == null ? Optional.empty() : assembly;
    }

    /**
     * A yes/no/abstain resolution, secret, simple majority, no revoting.
     *
     * @param question what is asked, as members read it
     * @param opensAt when voting opens
     * @param closesAt the announced close
     * @return the resolution's spec
     */
    public static BallotSpec resolution(String question, Instant opensAt, Instant closesAt) {
        return new BallotSpec(question, YES_NO, Method.YES_NO_ABSTAIN, 1, MajorityRule.simple(), Secrecy.SECRET, false,
                opensAt, closesAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A copy carrying the decision applied once the resolution is adopted.
     * @param d the decision
     * @return the new spec
     */
    public BallotSpec with(Decision d) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, category, Optional.of(d), assembly);
    }

    /**
     * A copy that lets voters replace their vote until the close.
     * @return the new spec
     */
    public BallotSpec withRevoting() {
        return new BallotSpec(question, options, method, seats, majority, secrecy, true, opensAt, closesAt, category, decision, assembly);
    }

    /**
     * A copy with another secrecy.
     * @param s secret or open
     * @return the new spec
     */
    public BallotSpec withSecrecy(Secrecy s) {
        return new BallotSpec(question, options, method, seats, majority, s, revoting, opensAt, closesAt, category, decision, assembly);
    }

    /**
     * A copy with another majority (an assembly sets the statutes' one).
     * @param m the rule that adopts the resolution
     * @return the new spec
     */
    public BallotSpec withMajority(MajorityRule m) {
        return new BallotSpec(question, options, method, seats, m, secrecy, revoting, opensAt, closesAt, category, decision, assembly);
    }

    /**
     * A copy on an assembly's agenda.
     * @param assemblyId the general assembly
     * @return the new spec
     */
    public BallotSpec inAssembly(AssemblyId assemblyId) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, category, decision, Optional.of(assemblyId));
    }

    /**
     * A copy whose roll is restricted to one membership category.
     * @param c the category's code
     * @return the new spec
     */
    public BallotSpec forCategory(String c) {
        return new BallotSpec(question, options, method, seats, majority, secrecy, revoting, opensAt, closesAt, Optional.of(c), decision, assembly);
    }

    /**
     * A choice among options (secret, simple majority, no revoting), e.g. an election.
     * @param question what is asked
     * @param options the candidates or options
     * @param method how the choice is counted
     * @param seats how many win (STV and multi-winner approval); 1 otherwise
     * @param opensAt when voting opens
     * @param closesAt the announced close
     * @return the spec
     */
    public static BallotSpec choice(String question, List<String> options, Method method, int seats, Instant opensAt, Instant closesAt) {
        return new BallotSpec(question, options, method, seats, MajorityRule.simple(), Secrecy.SECRET, false, opensAt, closesAt,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
