package org.coopkit.ledger.fiscal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a fiscal year, e.g. {@code 2026} or {@code 2026-27}.
 *
 * @param value the code, 1 to 20 letters, digits or dashes, e.g. {@code 2026}
 */
public record FiscalYearId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-]{0,19}");

    /**
     * Checks the code's shape.
     *
     * @param value the code, 1 to 20 letters, digits or dashes, e.g. {@code 2026}
     * @throws IllegalArgumentException unless it is 1 to 20 letters, digits or dashes
     */
    public FiscalYearId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a fiscal year code is 1 to 20 letters, digits or dashes: '" + value + "'");
        }
    }

    /**
     * A year's id from its code.
     *
     * @param value the code, e.g. {@code 2026} or {@code 2025-26}
     * @return the id
     */
    public static FiscalYearId of(String value) {
        return new FiscalYearId(value);
    }

    /**
     * A calendar year's id.
     *
     * @param year the year
     * @return the id, e.g. {@code 2026}
     */
    public static FiscalYearId of(int year) {
        return new FiscalYearId(Integer.toString(year));
    }

    @Override
    public String toString() {
        return value;
    }
}
