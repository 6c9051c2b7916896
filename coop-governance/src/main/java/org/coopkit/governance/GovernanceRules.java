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
    public enum EarlyClose {
        /** The board may close early, stating a reason and confirming. */
        WITH_REASON,
        /** A ballot never closes before its announced close. */
        FORBIDDEN }

    /**
     * Checks the settings: a minimum voting period of zero or more and an early-close policy are required.
     * @throws IllegalArgumentException if either is missing or the period is negative
     * @param ordinaryQuorumFirstCall quorum of an ordinary assembly on first call
     * @param ordinaryQuorumSecondCall the same on second call
     * @param extraordinaryQuorumFirstCall quorum of an extraordinary assembly on first call
     * @param extraordinaryQuorumSecondCall the same on second call
     * @param ordinaryMajority majority of an ordinary resolution
     * @param extraordinaryMajority majority of an extraordinary resolution
     * @param proxyCapFixed mandates a holder may carry when positive
     * @param proxyCapDenominator otherwise 1/n of the roll
     * @param minimumVotingPeriod the shortest voting period, zero or more
     * @param earlyClose whether a ballot may close early
     */
    public GovernanceRules {
        if (minimumVotingPeriod == null || minimumVotingPeriod.isNegative()) throw new IllegalArgumentException("the minimum voting period is zero or more");
        if (earlyClose == null) throw new IllegalArgumentException("say whether a ballot may close early");
    }

    /**
     * The settings of before issue 14: no minimum voting period, early close with a reason.
     *
     * @param ordinaryQuorumFirstCall share of the roll that must take part on first call (ordinary assembly)
     * @param ordinaryQuorumSecondCall the same on second call; 0/1 for none
     * @param extraordinaryQuorumFirstCall share of the roll on first call (extraordinary assembly)
     * @param extraordinaryQuorumSecondCall the same on second call
     * @param ordinaryMajority majority of an ordinary resolution
     * @param extraordinaryMajority majority of an extraordinary resolution
     * @param proxyCapFixed mandates a holder may carry when positive
     * @param proxyCapDenominator otherwise 1/n of the roll, at least one
     */
    public GovernanceRules(Fraction ordinaryQuorumFirstCall, Fraction ordinaryQuorumSecondCall, Fraction extraordinaryQuorumFirstCall,
                           Fraction extraordinaryQuorumSecondCall, MajorityRule ordinaryMajority, MajorityRule extraordinaryMajority,
                           int proxyCapFixed, int proxyCapDenominator) {
        this(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall, extraordinaryQuorumSecondCall, ordinaryMajority,
                extraordinaryMajority, proxyCapFixed, proxyCapDenominator, java.time.Duration.ZERO, EarlyClose.WITH_REASON);
    }

    /**
     * A fraction of the electoral roll; 0/1 means no quorum.
     *
     * @param numerator the parts, 0 or more
     * @param denominator the whole, positive and at least {@code numerator}
     */
    public record Fraction(int numerator, int denominator) {
        /**
         * Checks the fraction lies between 0 and 1 with a positive denominator.
         * @throws IllegalArgumentException otherwise
         * @param numerator the parts, 0 or more
         * @param denominator the whole, positive
         */
        public Fraction {
            if (denominator <= 0 || numerator < 0 || numerator > denominator) throw new IllegalArgumentException("a quorum is a fraction between 0 and 1");
        }

        /**
         * True when {@code part} of {@code whole} reaches the fraction (at least).
         *
         * @param part how many took part (or voted for)
         * @param whole the size of the roll (or of the votes cast)
         * @return whether {@code part * denominator >= numerator * whole}
         */
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
     *
     * @return the defaults of the law of 1947
     */
    public static GovernanceRules defaults() {
        return new GovernanceRules(new Fraction(1, 5), new Fraction(0, 1), new Fraction(1, 4), new Fraction(1, 5),
                MajorityRule.simple(), MajorityRule.twoThirds(), 0, 20, java.time.Duration.ofDays(7), EarlyClose.WITH_REASON);
    }

    /**
     * A copy with another fixed proxy cap.
     * @param fixed mandates a holder may carry; 0 to use 1/{@code proxyCapDenominator} of the roll
     * @return the new settings
     */
    public GovernanceRules withProxyCap(int fixed) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, fixed, proxyCapDenominator, minimumVotingPeriod, earlyClose);
    }

    /**
     * A copy with another minimum voting period.
     * @param d how long a ballot outside an assembly stays open at least; zero or more
     * @return the new settings
     */
    public GovernanceRules withMinimumVotingPeriod(java.time.Duration d) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, proxyCapFixed, proxyCapDenominator, d, earlyClose);
    }

    /**
     * A copy with another early-close policy.
     * @param e whether the board may close a ballot early
     * @return the new settings
     */
    public GovernanceRules withEarlyClose(EarlyClose e) {
        return new GovernanceRules(ordinaryQuorumFirstCall, ordinaryQuorumSecondCall, extraordinaryQuorumFirstCall,
                extraordinaryQuorumSecondCall, ordinaryMajority, extraordinaryMajority, proxyCapFixed, proxyCapDenominator, minimumVotingPeriod, e);
    }

    /**
     * Mandates one holder may carry, for a roll of this size.
     *
     * @param rollSize the number of members on the roll
     * @return the fixed cap when set, else {@code rollSize / proxyCapDenominator}, at least one
     */
    public int proxyCap(int rollSize) {
        if (proxyCapFixed > 0) return proxyCapFixed;
        return Math.max(1, rollSize / proxyCapDenominator);
    }
}
