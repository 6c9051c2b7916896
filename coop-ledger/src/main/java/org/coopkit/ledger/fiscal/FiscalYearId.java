package org.coopkit.ledger.fiscal;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a fiscal year, e.g. {@code 2026} or {@code 2026-27}. */
public record FiscalYearId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-]{0,19}");

    public FiscalYearId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a fiscal year code is 1 to 20 letters, digits or dashes: '" + value + "'");
        }
    }

    public static FiscalYearId of(String value) {
        return new FiscalYearId(value);
    }

    public static FiscalYearId of(int year) {
        return new FiscalYearId(Integer.toString(year));
    }

    @Override
    public String toString() {
        return value;
    }
}
