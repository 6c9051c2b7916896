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
 */
public record GovernanceRules(Fraction ordinaryQuorumFirstCall, Fraction ordinaryQuorumSecondCall,
                              Fraction extraordinaryQuorumFirstCall, Fraction extraordinaryQuorumSecondCall,
                              MajorityRule ordinaryMajority, MajorityRule extraordinaryMajority,
                              int proxyCapFixed, int proxyCapDenominator) {

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

    /** The defaults of the law of 1947 for a co-op: 1/5 then none; 1/4 then 1/5; 2/3 for extraordinary resolutions; 1/20 proxies. */
    public static GovernanceRules defaults() {
        return new GovernanceRules(new Fraction(1, 5), new Fraction(0, 1), new Fraction(1, 4), new Fraction(1, 5),
                MajorityRule.simple(), MajorityRule.twoThirds(), 0, 20);
    }

    public GovernanceRules withProxyCap(int fixed) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, fixed, proxyCapDenominator);
    }

    /** Mandates one holder may carry, for a roll of this size. */
    public int proxyCap(int rollSize) {
        if (proxyCapFixed > 0) return proxyCapFixed;
        return Math.max(1, rollSize / proxyCapDenominator);
    }
}
