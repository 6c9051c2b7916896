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

    /**
     * Exact amount; refuses an amount with more decimals than the currency has.
     *
     * @param amount   the amount
     * @param currency the currency
     * @return the money, at the currency's scale
     * @throws IllegalArgumentException when {@code amount} has more decimals than the currency
     */
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

    /**
     * Amount rounded to the currency's scale with the given rounding.
     *
     * @param amount   the amount
     * @param currency the currency
     * @param rounding how to round extra decimals
     * @return the money, at the currency's scale
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Exact amount from text, e.g. {@code of("12.50", "EUR")}.
     *
     * @param amount       a decimal number
     * @param currencyCode ISO 4217 code
     * @return the money
     * @throws IllegalArgumentException when the amount or the code is malformed, or has too many decimals
     */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * Exact amount in a currency named by code.
     *
     * @param amount       the amount
     * @param currencyCode ISO 4217 code
     * @return the money
     * @throws IllegalArgumentException when the code is unknown or the amount has too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return zero at the currency's scale
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /**
     * Zero in a currency named by code.
     *
     * @param currencyCode ISO 4217 code
     * @return zero at the currency's scale
     */
    public static Money zero(String currencyCode) {
        return zero(Currency.getInstance(currencyCode));
    }

    /**
     * From a count of the smallest unit (e.g. cents).
     *
     * @param minorUnits the count, e.g. 1250 for EUR 12.50
     * @param currency   the currency
     * @return the money
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * The amount.
     *
     * @return the amount, at the currency's scale
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The currency's code.
     *
     * @return ISO 4217 code, e.g. {@code EUR}
     */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * The amount in the smallest unit (cents).
     *
     * @return the count of minor units, negative for a negative amount
     */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    /**
     * The sum of two amounts of the same currency.
     *
     * @param other the other amount
     * @return this + other
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * The difference of two amounts of the same currency.
     *
     * @param other the other amount
     * @return this - other
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * The opposite amount.
     *
     * @return minus this
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * The absolute amount.
     *
     * @return this, or its opposite when negative
     */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * This amount times a whole number (exact).
     *
     * @param factor the multiplier
     * @return the product
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * This amount times a decimal, rounded to the currency's scale.
     *
     * @param factor   the multiplier, e.g. a rate
     * @param rounding how to round the product
     * @return the product
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    /**
     * Whether the amount is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is above zero.
     *
     * @return true when above zero
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true when below zero
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether this is more than another amount of the same currency.
     *
     * @param other the other amount
     * @return true when this is more than {@code other}
     * @throws CurrencyMismatch when the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this is less than another amount of the same currency.
     *
     * @param other the other amount
     * @return true when this is less than {@code other}
     * @throws CurrencyMismatch when the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * The larger of two amounts of the same currency.
     *
     * @param other the other amount
     * @return the larger one (this one when equal)
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * The smaller of two amounts of the same currency.
     *
     * @param other the other amount
     * @return the smaller one (this one when equal)
     * @throws CurrencyMismatch when the currencies differ
     */
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
     * @throws IllegalArgumentException when no weight is given, one is negative or all are zero
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

    /**
     * {@link #allocate(List)} with integer ratios.
     *
     * @param ratios non-negative ratios, at least one positive
     * @return one part per ratio, in the same order
     * @throws IllegalArgumentException when no ratio is given, one is negative or all are zero
     */
    public List<Money> allocate(long... ratios) {
        List<BigDecimal> weights = new ArrayList<>(ratios.length);
        for (long r : ratios) weights.add(BigDecimal.valueOf(r));
        return allocate(weights);
    }

    /**
     * The sum of amounts.
     *
     * @param parts    the amounts, all in {@code currency}
     * @param currency the currency (the sum of no parts is zero in it)
     * @return the sum
     * @throws CurrencyMismatch when a part is in another currency
     */
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
