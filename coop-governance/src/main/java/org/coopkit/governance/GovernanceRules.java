package org.coopkit.governance;

import org.coopkit.governance.tally.MajorityRule;

/**
 * The statutes' settings for general assemblies and proxies (DESIGN.md, rules of the domain).
 *
 * @param ordinaryQuorumFirstCall      e.g. 1/5 of the roll must take part on first call
 * @param ordinaryQuorumSecondCall     0 = no quorum on second call
 * @param extraordinaryQuorumFirstCall e.g. 1/4
 * @param extraordinaryQuorumSecondCall e.g. 1/5
 * @param ordinaryMajority             e.g. simple majority of votes cast
 * @param extraordinaryMajority        e.g. 2/3 of votes cast
 * @param proxyCapFixed                mandates a holder may carry when positive (e.g. 1 in a small SCOP)
 * @param proxyCapDenominator          otherwise 1/n of the roll, at least one (e.g. 20)
 * @param minimumVotingPeriod          a ballot (outside an assembly) is open at least this long, e.g. 7 days;
 *                                     zero only where the statutes say so
 * @param earlyClose                   whether the board may close a ballot before its {@code closesAt}
 *                                     (with a stated reason, confirmed) or never
 */
public record GovernanceRules(Fraction ordinaryQuorumFirstCall, Fraction ordinaryQuorumSecondCall,
                              Fraction extraordinaryQuorumFirstCall, Fraction extraordinaryQuorumSecondCall,
                              MajorityRule ordinaryMajority, MajorityRule extraordinaryMajority,
                              int proxyCapFixed, int proxyCapDenominator, java.time.Duration minimumVotingPeriod, EarlyClose earlyClose) {

    /** Whether the board may end a ballot before its announced close. */
    public enum EarlyClose { WITH_REASON, FORBIDDEN }

    public GovernanceRules {
        if (minimumVotingPeriod == null || minimumVotingPeriod.isNegative()) throw new IllegalArgumentException("the minimum voting period is zero or more");
        if (earlyClose == null) throw new IllegalArgumentException("say whether a ballot may close early");
    }

    /** The settings of before issue 14: no minimum voting period, early close with a reason. */
    public GovernanceRules(Fraction ordinaryQuorumFirstCall, Fraction ordinaryQuorumSecondCall, Fraction extraordinaryQuorumFirstCall,
                           Fraction extraordinaryQuorumSecondCall, MajorityRule ordinaryMajority, MajorityRule extraordinaryMajority,
                           int proxyCapFixed, int proxyCapDenominator) {
        this(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall, extraordinaryQuorumSecondCall, ordinaryMajority,
                extraordinaryMajority, proxyCapFixed, proxyCapDenominator, java.time.Duration.ZERO, EarlyClose.WITH_REASON);
    }

    /** A fraction of the electoral roll; 0/1 means no quorum. */
    public record Fraction(int numerator, int denominator) {
        public Fraction {
            if (denominator <= 0 || numerator < 0 || numerator > denominator) throw new IllegalArgumentException("a quorum is a fraction between 0 and 1");
        }

        /** True when {@code part} of {@code whole} reaches the fraction (at least). */
        public boolean reachedBy(long part, long whole) {
            return part * denominator >= (long) numerator * whole;
        }

        @Override
        public String toString() {
            return numerator == 0 ? "none" : numerator + "/" + denominator;
        }
    }

    /**
     * The defaults of the law of 1947 for a co-op: 1/5 then none; 1/4 then 1/5; 2/3 for extraordinary
     * resolutions; 1/20 proxies; ballots open at least 7 days; closing early needs a reason.
     */
    public static GovernanceRules defaults() {
        return new GovernanceRules(new Fraction(1, 5), new Fraction(0, 1), new Fraction(1, 4), new Fraction(1, 5),
                MajorityRule.simple(), MajorityRule.twoThirds(), 0, 20, java.time.Duration.ofDays(7), EarlyClose.WITH_REASON);
    }

    public GovernanceRules withProxyCap(int fixed) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, fixed, proxyCapDenominator, minimumVotingPeriod, earlyClose);
    }

    public GovernanceRules withMinimumVotingPeriod(java.time.Duration d) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, proxyCapFixed, proxyCapDenominator, d, earlyClose);
    }

    public GovernanceRules withEarlyClose(EarlyClose e) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, proxyCapFixed, proxyCapDenominator, minimumVotingPeriod, e);
    }

    /** Mandates one holder may carry, for a roll of this size. */
    public int proxyCap(int rollSize) {
        if (proxyCapFixed > 0) return proxyCapFixed;
        return Math.max(1, rollSize / proxyCapDenominator);
    }
}
