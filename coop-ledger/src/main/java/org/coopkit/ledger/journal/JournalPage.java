package org.coopkit.ledger.journal;

import java.util.List;

/** One page of the journal, in chain order. */
public record JournalPage(List<JournalEntry> entries, int page, int size, long total) {
    /** Copies the entries. */
    public JournalPage {
        entries = List.copyOf(entries);
    }
}
