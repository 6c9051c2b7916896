package org.coopkit.ledger.journal;

import java.util.List;

/**
 * One page of the journal, in chain order.
 *
 * @param entries the entries of the page, in chain order
 * @param page the zero-based page number
 * @param size entries per page
 * @param total entries in the whole journal
 */
public record JournalPage(List<JournalEntry> entries, int page, int size, long total) {
    /**
     * Copies the entries.
     *
     * @param entries the entries of the page, in chain order
     * @param page    the zero-based page number
     * @param size    entries per page
     * @param total   entries in the whole journal
     */
    public JournalPage {
        entries = List.copyOf(entries);
    }
}
