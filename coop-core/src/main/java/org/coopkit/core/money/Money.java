package org.coopkit.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An immutable amount of one currency, always at the currency's scale (cents for EUR).
 *
 * <p>Money is never a {@code double}. Any operation that could produce digits beyond the currency's
 * smallest unit takes an explicit {@link RoundingMode}. Splitting an amount among members uses
 * {@link #allocate(List)}: the largest-remainder method on the smallest unit, so the parts always
 * add up to the whole, with a deterministic tie-break (docs/design.md, "Rules of the domain").
 */
public final class Money implements Comparable<Money> {
    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Exact amount; refuses an amount with more decimals than the currency has. */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            return new Money(amount.setScale(scaleOf(currency), RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows", e);
        }
    }

    /** Amount rounded to the currency's scale with the given rounding. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    public static Money zero(String currencyCode) {
        return zero(Currency.getInstance(currencyCode));
    }

    /** From a count of the smallest unit (e.g. cents). */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The amount in the smallest unit (cents). */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Splits this amount in proportion to the weights, by the largest-remainder (Hamilton) method
     * on the currency's smallest unit.
     *
     * <p>Each part first gets the floor of its exact quota in minor units; the units left over go one
     * each to the parts with the largest fractional remainders; equal remainders go to the earlier
     * index first. Callers pass weights in a stable order (CoopKit orders members by membership
     * number) so the result is deterministic. The parts always sum exactly to this amount, and each
     * part is within one minor unit of its exact proportional share. A negative amount is split as
     * its absolute value and negated part by part.
     *
     * @param weights non-negative weights, at least one positive
     * @return one part per weight, in the same order
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty()) throw new IllegalArgumentException("allocate needs at least one weight");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) throw new IllegalArgumentException("weights must be non-negative: " + w);
            total = total.add(w);
        }
        if (total.signum() == 0) throw new IllegalArgumentException("at least one weight must be positive");

        BigInteger units = minorUnits().abs();
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
        int scale = scaleOf(currency);
        List<Money> result = new ArrayList<>(n);
        for (BigInteger p : parts) {
            BigDecimal value = new BigDecimal(p, scale);
            result.add(new Money(amount.signum() < 0 ? value.negate() : value, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /** {@link #allocate(List)} with integer ratios. */
    public List<Money> allocate(long... ratios) {
        List<BigDecimal> weights = new ArrayList<>(ratios.length);
        for (long r : ratios) weights.add(BigDecimal.valueOf(r));
        return allocate(weights);
    }

    public static Money sum(Iterable<Money> parts, Currency currency) {
        Money total = zero(currency);
        for (Money m : parts) total = total.plus(m);
        return total;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.currency.equals(currency) && m.amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** {@code EUR 12.30}: currency code then the plain amount at the currency's scale. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
