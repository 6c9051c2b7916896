package org.coopkit.ledger.patronage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.money.Money;

/**
 * A member's running total of business with the co-op over a period, per kind: what their
 * patronage refund will be computed from.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param byKind the totals per kind of business
 */
public record PatronageTotals(LocalDate from, LocalDate to, Map<PatronageKind, KindTotal> byKind) {
    /**
     * Totals of one kind: number of records, volume and amount.
     *
     * @param count the number of records
     * @param volume their volume added up
     * @param amount their amount added up
     */
    public record KindTotal(long count, BigDecimal volume, Money amount) {
    }

    /**
     * Copies the totals sorted by kind.
     *
     * @param from   the first day, inclusive
     * @param to     the last day, inclusive
     * @param byKind the totals per kind of business
     */
    public PatronageTotals {
        byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
    }

    /**
     * The volume of a kind.
     *
     * @param kind the kind
     * @return the volume, zero when none
     */
    public BigDecimal volume(PatronageKind kind) {
        KindTotal t = byKind.get(kind);
        return t == null ? BigDecimal.ZERO : t.volume();
    }
}
