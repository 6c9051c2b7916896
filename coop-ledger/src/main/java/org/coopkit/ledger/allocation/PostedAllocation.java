package org.coopkit.ledger.allocation;

import java.time.Instant;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.EntryId;

/**
 * An adopted allocation, posted once per fiscal year.
 *
 * @param reportHash SHA-256 of the JSON report the entry was posted from
 */
public record PostedAllocation(FiscalYearId fiscalYear, String decisionId, EntryId entry, String reportHash, Instant postedAt) {
}
