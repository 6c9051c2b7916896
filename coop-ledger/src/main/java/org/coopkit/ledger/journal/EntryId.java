package org.coopkit.ledger.journal;

/** Identity of a journal entry (a database sequence value; the chain position is its number). */
public record EntryId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
