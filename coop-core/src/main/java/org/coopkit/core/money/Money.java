package org.coopkit.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
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
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * Exact amount, as {@link #of(BigDecimal, Currency)} (rounding: {@link #of(BigDecimal, Currency, RoundingMode)}).
     *
     * @param amount   the amount, with no more decimals than the currency has
     * @param currency the currency
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(scaleOf(currency), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows", e);
        }
    }

    /**
     * {@return the exact amount, at the currency's scale; more decimals than the currency has are refused}
     *
     * @param amount   the amount
     * @param currency the currency
     * @throws IllegalArgumentException when {@code amount} has more decimals than the currency
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * {@return the amount rounded to the currency's scale with the given rounding}
     *
     * @param amount   the amount
     * @param currency the currency
     * @param rounding how to round extra decimals
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * {@return the exact amount read from text, e.g. {@code of("12.50", "EUR")}}
     *
     * @param amount       a decimal number
     * @param currencyCode ISO 4217 code
     * @throws IllegalArgumentException when the amount or the code is malformed, or has too many decimals
     */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * {@return the exact amount in a currency named by code}
     *
     * @param amount       the amount
     * @param currencyCode ISO 4217 code
     * @throws IllegalArgumentException when the code is unknown or the amount has too many decimals
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    /**
     * {@return zero in a currency, at its scale}
     *
     * @param currency the currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /**
     * {@return zero in a currency named by code, at its scale}
     *
     * @param currencyCode ISO 4217 code
     */
    public static Money zero(String currencyCode) {
        return zero(Currency.getInstance(currencyCode));
    }

    /**
     * {@return the money made of a count of the currency's smallest unit (e.g. cents)}
     *
     * @param minorUnits the count, e.g. 1250 for EUR 12.50
     * @param currency   the currency
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** {@return the currency's ISO 4217 code, e.g. {@code EUR}} */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** {@return the amount in the smallest unit (cents), negative for a negative amount} */
    public BigInteger minorUnits() {
        return amount.unscaledValue();
    }

    /**
     * {@return the sum of two amounts of the same currency, this + other}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * {@return the difference of two amounts of the same currency, this - other}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** {@return the opposite amount} */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** {@return the absolute amount: this, or its opposite when negative} */
    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /**
     * {@return this amount times a whole number (exact)}
     *
     * @param factor the multiplier
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * {@return this amount times a decimal, rounded to the currency's scale}
     *
     * @param factor   the multiplier, e.g. a rate
     * @param rounding how to round the product
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** {@return whether the amount is above zero} */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * {@return whether this is more than another amount of the same currency}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * {@return whether this is less than another amount of the same currency}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * {@return the larger of two amounts of the same currency (this one when equal)}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * {@return the smaller of two amounts of the same currency (this one when equal)}
     *
     * @param other the other amount
     * @throws CurrencyMismatch when the currencies differ
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Splits this amount in proportion to the weights, by the largest-remainder (Hamilton) method
     * on the currency's smallest unit: the parts always sum exactly to this amount, each is within
     * one minor unit of its exact share, and equal remainders go to the earlier index first (callers
     * pass weights in a stable order: CoopKit orders members by membership number). A negative amount
     * is split as its absolute value and negated part by part.
     *
     * @param weights non-negative weights, at least one positive
     * @return one part per weight, in the same order
     * @throws IllegalArgumentException when no weight is given, one is negative or all are zero
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        int scale = scaleOf(currency);
        List<Money> result = new ArrayList<>(weights.size());
        for (BigInteger part : LargestRemainder.split(minorUnits().abs(), weights)) {
            BigDecimal value = new BigDecimal(part, scale);
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
     * {@return the sum of amounts of one currency}
     *
     * @param parts    the amounts, all in {@code currency}
     * @param currency the currency (the sum of no parts is zero in it)
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

    /** {@code EUR 12.30}: currency code then the plain amount at the currency's scale. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
