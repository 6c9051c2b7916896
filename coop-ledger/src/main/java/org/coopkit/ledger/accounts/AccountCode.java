package org.coopkit.ledger.accounts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of an account in the chart, e.g. {@code 512} or {@code 4551}: letters, digits, dots and
 * dashes, at most 40 characters (it is also a path segment of the hledger account name).
 *
 * @param value the code, 1 to 40 letters, digits, dots or dashes, e.g. {@code 4551}
 */
public record AccountCode(String value) implements Comparable<AccountCode> {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,39}");

    /**
     * Checks the code's shape.
     *
     * @param value the code, 1 to 40 letters, digits, dots or dashes, e.g. {@code 4551}
     * @throws IllegalArgumentException unless it is 1 to 40 letters, digits, dots or dashes
     */
    public AccountCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("an account code is 1 to 40 letters, digits, dots or dashes: '" + value + "'");
        }
    }

    /**
     * An account code.
     *
     * @param value the code, e.g. {@code 4551}
     * @return the code
     * @throws IllegalArgumentException when the code is malformed
     */
    public static AccountCode of(String value) {
        return new AccountCode(value);
    }

    @Override
    public int compareTo(AccountCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
