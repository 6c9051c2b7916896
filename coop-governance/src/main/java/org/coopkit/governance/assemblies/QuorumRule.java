package org.coopkit.governance.assemblies;

import org.coopkit.governance.GovernanceRules;

/**
 * The quorum an assembly must meet, from the statutes: its kind (ordinary or extraordinary) sets a fraction of the
 * electoral roll for the first call and another for the second (0 = none; by default none for an ordinary
 * assembly's second call, 1/4 then 1/5 for an extraordinary one).
 *
 * @param firstCall the share of the roll that must take part on first call
 * @param secondCall the share of the roll that must take part on second call
 */
public record QuorumRule(GovernanceRules.Fraction firstCall, GovernanceRules.Fraction secondCall) {

    /**
     * The statutes' quorum for an assembly of this kind.
     *
     * @param kind ordinary or extraordinary
     * @param rules the statutes' governance rules
     * @return the rule for both calls
     */
    public static QuorumRule of(AssemblyKind kind, GovernanceRules rules) {
        return kind == AssemblyKind.ORDINARY
                ? new QuorumRule(rules.ordinaryQuorumFirstCall(), rules.ordinaryQuorumSecondCall())
                : new QuorumRule(rules.extraordinaryQuorumFirstCall(), rules.extraordinaryQuorumSecondCall());
    }

    /**
     * The share of the roll required on this call.
     *
     * @param call the first or the second call
     * @return the fraction of the roll
     */
    public GovernanceRules.Fraction required(Assembly.Call call) {
        return call == Assembly.Call.FIRST ? firstCall : secondCall;
    }

    /**
     * Whether the attendance meets the quorum of this call: a call without quorum (0) is always met; otherwise
     * an empty roll never meets it.
     *
     * @param call the call held
     * @param participants how many on the roll took part
     * @param roll the size of the roll
     * @return true when the quorum is met
     */
    public boolean metBy(Assembly.Call call, int participants, int roll) {
        GovernanceRules.Fraction required = required(call);
        return required.numerator() == 0 || roll > 0 && required.reachedBy(participants, roll);
    }
}
