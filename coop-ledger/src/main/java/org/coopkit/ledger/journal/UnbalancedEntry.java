package org.coopkit.ledger.journal;

import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** Debits and credits of an entry differ in at least one currency: double entry refuses it. */
public final class UnbalancedEntry extends CoopException {
    /** Debits minus credits per currency code. */
    private final Map<String, String> differences;

    /**
     * Refuses an entry whose debits and credits differ.
     *
     * @param differences debits minus credits (plain decimal) per unbalanced currency code
     */
    public UnbalancedEntry(Map<String, String> differences) {
        super(ErrorKind.UNPROCESSABLE, "unbalanced-entry",
                "debits and credits differ (debits minus credits): " + new TreeMap<>(differences));
        this.differences = Map.copyOf(differences);
    }

    /**
     * Debits minus credits per currency code, for each currency that does not balance.
     *
     * @return the differences
     */
    public Map<String, String> differences() {
        return differences;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("differences", new TreeMap<>(differences));
    }
}
