package org.coopkit.ledger.patronage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of business a member does with the co-op, the basis of a patronage refund: purchases as
 * a user, sales as a provider, hours of member work. Kinds are open: a co-op may add its own
 * (upper-case letters, digits and underscores).
 */
public record PatronageKind(String code) implements Comparable<PatronageKind> {
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    public static final PatronageKind PURCHASES = new PatronageKind("PURCHASES");
    public static final PatronageKind SALES = new PatronageKind("SALES");
    public static final PatronageKind WORK_HOURS = new PatronageKind("WORK_HOURS");

    public PatronageKind {
        Objects.requireNonNull(code, "code");
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("a patronage kind is 1 to 30 upper-case letters, digits or underscores: '" + code + "'");
        }
    }

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
