package org.coopkit.ledger.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Entries cannot be changed through the API: they are immutable records. A change made behind the
 * ledger's back, in the database, is named by {@code verify} ({@code JournalDatabaseGuardsIT}).
 */
class JournalAppendOnlyTest {
    @Test
    void entries_and_lines_are_immutable_records() {
        assertThat(JournalEntry.class.isRecord()).isTrue();
        assertThat(JournalLine.class.isRecord()).isTrue();
        assertThat(new JournalEntry(new EntryId(1), 1, java.time.LocalDate.EPOCH, new FiscalPeriod("1970", 1), EntryKind.REGULAR, "",
                IdempotencyKey.of("k"), java.util.Optional.empty(), new java.util.ArrayList<>(), java.time.Instant.EPOCH, "x", "", "")
                .lines()).isUnmodifiable();
    }
}
