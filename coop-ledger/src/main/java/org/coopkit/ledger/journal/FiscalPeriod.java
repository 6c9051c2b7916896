package org.coopkit.ledger.journal;

import java.util.Objects;

/**
 * Where an entry falls in the books: its fiscal year's code and the period (month 1–12, counted
 * from the first month of the fiscal year).
 *
 * @param fiscalYear the fiscal year
 * @param period the month within it, 1 to 13
 */
public record FiscalPeriod(String fiscalYear, int period) {
    /**
     * Checks the period.
     *
     * @param fiscalYear the fiscal year
     * @param period     the month within it, 1 to 13
     * @throws IllegalArgumentException unless the period is 1 to 13
     */
    public FiscalPeriod {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (period < 1 || period > 13) throw new IllegalArgumentException("period must be 1 to 13: " + period);
    }
}
