package org.coopkit.ledger.fiscal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.JournalLine;

/**
 * What closing a year would post, shown before the treasurer confirms it: the closing lines (dated
 * {@link #date()}), the result per currency, the first day the year can be closed, and a
 * {@link #fingerprint()} of the lines. Confirming with that fingerprint closes exactly what was
 * shown; if a posting changed the balances since, the closing is refused and previewed again.
 *
 * @param closable whether the year can be closed today (it is open and its last day has come)
 * @param year the year to close
 * @param date the closing entry's date: the year's last day
 * @param lines the closing entry's lines
 * @param results the result per currency code
 * @param closableFrom the first day the year may be closed
 * @param fingerprint what to confirm the closing with
 */
public record ClosingPreview(FiscalYear year, LocalDate date, List<JournalLine> lines, Map<String, Money> results,
                             LocalDate closableFrom, boolean closable, String fingerprint) {
    /**
     * Copies the lines and results.
     *
     * @param year         the year to close
     * @param date         the closing entry's date: the year's last day
     * @param lines        the closing entry's lines
     * @param results      the result per currency code
     * @param closableFrom the first day the year may be closed
     * @param closable     whether the year can be closed today (it is open and its last day has come)
     * @param fingerprint  what to confirm the closing with
     */
    public ClosingPreview {
        lines = List.copyOf(lines);
        results = Map.copyOf(results);
    }
}
