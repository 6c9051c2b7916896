package org.coopkit.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The largest-remainder (Hamilton) method on whole units, behind {@link Money#allocate(List)}
 * (DESIGN.md, "Rules of the domain": shares always add up to the total exactly).
 *
 * <p>Each part first gets the floor of its exact quota; the units left over go one each to the parts
 * with the largest fractional remainders; equal remainders go to the earlier index first, so a caller
 * that passes weights in a stable order (CoopKit orders members by membership number) gets a
 * deterministic result. Each part is within one unit of its exact proportional share.
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    /** Splits {@code units} (not negative) in proportion to the weights: one part per weight, same order. */
    static BigInteger[] split(BigInteger units, List<BigDecimal> weights) {
        if (weights.isEmpty()) throw new IllegalArgumentException("allocate needs at least one weight");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) throw new IllegalArgumentException("weights must be non-negative: " + w);
            total = total.add(w);
        }
        if (total.signum() == 0) throw new IllegalArgumentException("at least one weight must be positive");

        int n = weights.size();
        BigInteger[] parts = new BigInteger[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        BigDecimal unitsDec = new BigDecimal(units);
        for (int i = 0; i < n; i++) {
            // exact quota = units * w / total, as floor plus a remainder kept exactly as a fraction of total
            BigDecimal numerator = unitsDec.multiply(weights.get(i));
            BigDecimal[] qr = numerator.divideAndRemainder(total);
            parts[i] = qr[0].toBigIntegerExact();
            remainders[i] = qr[1];
            given = given.add(parts[i]);
        }
        int leftover = units.subtract(given).intValueExact();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        return parts;
    }
}
