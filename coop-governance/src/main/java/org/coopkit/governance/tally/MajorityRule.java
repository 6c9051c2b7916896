package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * When a yes/no resolution is adopted. Votes cast are yes + no (abstentions and blank ballots are
 * not votes cast unless {@code abstentionsCast}). Simple majority: yes is strictly more than half of
 * the votes cast. A qualified majority such as 2/3: yes is at least that fraction of the votes cast.
 *
 * @param numerator the fraction's numerator, positive
 * @param denominator the fraction's denominator, at least the numerator
 * @param strict whether yes must exceed the fraction (else reach it)
 * @param abstentionsCast whether abstentions count as votes cast
 */
public record MajorityRule(int numerator, int denominator, boolean strict, boolean abstentionsCast) {
    /**
     * Checks the majority is a fraction in (0, 1].
     * @throws IllegalArgumentException otherwise
     * @param numerator the fraction's numerator, positive
     * @param denominator the fraction's denominator, at least the numerator
     * @param strict whether yes must exceed the fraction (else reach it)
     * @param abstentionsCast whether abstentions count as votes cast
     */
    public MajorityRule {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a majority is a fraction between 0 and 1");
        }
    }

    /**
     * Simple majority: yes strictly more than half of the votes cast.
     * @return the rule
     */
    public static MajorityRule simple() {
        return new MajorityRule(1, 2, true, false);
    }

    /**
     * Two-thirds majority: yes at least 2/3 of the votes cast.
     * @return the rule
     */
    public static MajorityRule twoThirds() {
        return new MajorityRule(2, 3, false, false);
    }

    /**
     * A copy that counts abstentions as votes cast.
     * @return the new rule
     */
    public MajorityRule countingAbstentions() {
        return new MajorityRule(numerator, denominator, strict, true);
    }

    /**
     * Whether the counts adopt the resolution under this rule; never when no vote is cast.
     * @param yes the yes votes
     * @param no the no votes
     * @param abstain the abstentions (votes cast only if {@code abstentionsCast})
     * @return whether the resolution is adopted
     */
    public boolean adopted(long yes, long no, long abstain) {
        long cast = yes + no + (abstentionsCast ? abstain : 0);
        if (cast == 0) return false;
        BigInteger lhs = BigInteger.valueOf(yes).multiply(BigInteger.valueOf(denominator));
        BigInteger rhs = BigInteger.valueOf(cast).multiply(BigInteger.valueOf(numerator));
        int c = lhs.compareTo(rhs);
        return strict ? c > 0 : c >= 0;
    }

    /**
     * Weighted version (colleges): shares are fractions of the weighted votes cast.
     *
     * @param yesShare the weighted share of yes
     * @param castShare the weighted share of the votes cast
     * @return whether the resolution is adopted; never when nothing is cast
     */
    public boolean adopted(BigDecimal yesShare, BigDecimal castShare) {
        if (castShare.signum() == 0) return false;
        int c = yesShare.multiply(BigDecimal.valueOf(denominator)).compareTo(castShare.multiply(BigDecimal.valueOf(numerator)));
        return strict ? c > 0 : c >= 0;
    }

    /**
     * The rule in words, e.g. "more than half of votes cast".
     * @return the description
     */
    public String describe() {
        String f = numerator + "/" + denominator;
        return (strict ? "more than " : "at least ") + (f.equals("1/2") ? "half" : f) + " of votes cast"
                + (abstentionsCast ? " (abstentions count as cast)" : " (abstentions are not votes cast)");
    }
}
