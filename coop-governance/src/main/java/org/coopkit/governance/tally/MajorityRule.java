package org.coopkit.governance.tally;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * When a yes/no resolution is adopted. Votes cast are yes + no (abstentions and blank ballots are
 * not votes cast unless {@code abstentionsCast}). Simple majority: yes is strictly more than half of
 * the votes cast. A qualified majority such as 2/3: yes is at least that fraction of the votes cast.
 */
public record MajorityRule(int numerator, int denominator, boolean strict, boolean abstentionsCast) {
    public MajorityRule {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a majority is a fraction between 0 and 1");
        }
    }

    public static MajorityRule simple() {
        return new MajorityRule(1, 2, true, false);
    }

    public static MajorityRule twoThirds() {
        return new MajorityRule(2, 3, false, false);
    }

    public MajorityRule countingAbstentions() {
        return new MajorityRule(numerator, denominator, strict, true);
    }

    public boolean adopted(long yes, long no, long abstain) {
        long cast = yes + no + (abstentionsCast ? abstain : 0);
        if (cast == 0) return false;
        BigInteger lhs = BigInteger.valueOf(yes).multiply(BigInteger.valueOf(denominator));
        BigInteger rhs = BigInteger.valueOf(cast).multiply(BigInteger.valueOf(numerator));
        int c = lhs.compareTo(rhs);
        return strict ? c > 0 : c >= 0;
    }

    /** Weighted version (colleges): shares are fractions of the weighted votes cast. */
    public boolean adopted(BigDecimal yesShare, BigDecimal castShare) {
        if (castShare.signum() == 0) return false;
        int c = yesShare.multiply(BigDecimal.valueOf(denominator)).compareTo(castShare.multiply(BigDecimal.valueOf(numerator)));
        return strict ? c > 0 : c >= 0;
    }

    public String describe() {
        String f = numerator + "/" + denominator;
        return (strict ? "more than " : "at least ") + (f.equals("1/2") ? "half" : f) + " of votes cast"
                + (abstentionsCast ? " (abstentions count as cast)" : " (abstentions are not votes cast)");
    }
}
