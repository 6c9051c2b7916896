package org.coopkit.ledger.fiscal;

import java.util.Map;
import java.util.Optional;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.JournalEntry;

/**
 * What a year-end closing did.
 *
 * @param year    the year, now CLOSED
 * @param entry   the closing entry (absent when revenue and expense were already zero)
 * @param results the amount moved into the result account per currency code (positive: surplus)
 */
public record ClosingResult(FiscalYear year, Optional<JournalEntry> entry, Map<String, Money> results) {
    /**
     * Copies the results.
     *
     * @param year    the year, now CLOSED
     * @param entry   the closing entry (absent when revenue and expense were already zero)
     * @param results the amount moved into the result account per currency code (positive: surplus)
     */
    public ClosingResult {
        results = Map.copyOf(results);
    }
}
