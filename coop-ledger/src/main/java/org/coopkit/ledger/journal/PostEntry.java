package org.coopkit.ledger.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The command to post a journal entry.
 *
 * @param key   makes a retried posting take effect once
 * @param date  the accounting date; its fiscal year must be open
 * @param memo  what a reader of the books needs to know (at most 300 characters)
 * @param kind  {@link EntryKind#REGULAR} unless the ledger posts a closing or an allocation
 * @param lines at least two lines that balance per currency
 */
public record PostEntry(IdempotencyKey key, LocalDate date, String memo, EntryKind kind, List<JournalLine> lines) {
    /**
     * Checks the key, date and kind; strips the memo (none is empty) and copies the lines.
     *
     * @param key   makes a retried posting take effect once
     * @param date  the accounting date; its fiscal year must be open
     * @param memo  what a reader of the books needs to know (at most 300 characters)
     * @param kind  {
     * @param lines at least two lines that balance per currency
     * @throws NullPointerException when the key, date or kind is null
     */
    public PostEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        memo = memo == null ? "" : memo.strip();
        lines = List.copyOf(lines);
    }

    /**
     * A regular entry.
     *
     * @param key   the idempotency key
     * @param date  the posting date
     * @param memo  what the entry is for
     * @param lines the lines, at least two, balanced
     * @return the command
     */
    public static PostEntry of(String key, LocalDate date, String memo, JournalLine... lines) {
        return new PostEntry(IdempotencyKey.of(key), date, memo, EntryKind.REGULAR, List.of(lines));
    }

    /**
     * A regular entry.
     *
     * @param key   the idempotency key
     * @param date  the posting date
     * @param memo  what the entry is for
     * @param lines the lines, at least two, balanced
     * @return the command
     */
    public static PostEntry of(IdempotencyKey key, LocalDate date, String memo, List<JournalLine> lines) {
        return new PostEntry(key, date, memo, EntryKind.REGULAR, lines);
    }

    /**
     * The same entry of another kind.
     *
     * @param newKind the kind, e.g. {@code CLOSING} or {@code ALLOCATION}
     * @return the command
     */
    public PostEntry withKind(EntryKind newKind) {
        return new PostEntry(key, date, memo, newKind, lines);
    }
}
