package org.coopkit.ledger.patronage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of business a member does with the co-op, the basis of a patronage refund: purchases as
 * a user, sales as a provider, hours of member work. Kinds are open: a co-op may add its own
 * (upper-case letters, digits and underscores).
 *
 * @param code the code, 1 to 30 upper-case letters, digits or underscores
 */
public record PatronageKind(String code) implements Comparable<PatronageKind> {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    /** Purchases as a user of the platform. */
    public static final PatronageKind PURCHASES = new PatronageKind("PURCHASES");
    /** Sales as a provider (the platform income statements read these). */
    public static final PatronageKind SALES = new PatronageKind("SALES");
    /** Hours of member work. */
    public static final PatronageKind WORK_HOURS = new PatronageKind("WORK_HOURS");

    /**
     * Checks the code's shape.
     *
     * @param code the code, 1 to 30 upper-case letters, digits or underscores
     * @throws IllegalArgumentException unless it is 1 to 30 upper-case letters, digits or underscores, starting with a letter
     */
    public PatronageKind {
        Objects.requireNonNull(code, "code");
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("a patronage kind is 1 to 30 upper-case letters, digits or underscores: '" + code + "'");
        }
    }

    /**
     * A kind by code, the co-op's own or a standard one.
     *
     * @param code the code, e.g. {@code PURCHASES}
     * @return the kind
     * @throws IllegalArgumentException when the code is malformed
     */
    public static PatronageKind of(String code) {
        return new PatronageKind(code);
    }

    @Override
    public int compareTo(PatronageKind o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
