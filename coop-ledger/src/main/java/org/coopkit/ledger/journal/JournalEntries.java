package org.coopkit.ledger.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coopkit.ledger.accounts.AccountRef;

/** The journal's repository: append-only. Call inside a transaction. */
public interface JournalEntries {
    /** One account's totals in one currency and on one side. */
    record LineTotal(AccountRef account, String currency, Side side, java.math.BigDecimal total) {
    }

    /** Locks the chain head until the transaction ends and returns it: postings are serialized here. */
    ChainHead lockHead();

    /**
     * Appends an entry after the head (which the caller holds locked), computing its number and
     * hash, and moves the head. Returns the entry as stored.
     */
    JournalEntry append(PostEntry command, FiscalPeriod period, Optional<EntryId> reverses, String postedBy,
                        java.time.Instant postedAt);

    /**
     * Appends entries in order after the head (which the caller holds locked), as {@link #append}
     * would one by one, but writes them in JDBC batches, flushing and clearing the persistence
     * context periodically (the heap does not grow with the batch), and moves the head once at the
     * end. {@code periods} gives the fiscal period of each entry's date.
     */
    List<JournalEntry> appendAll(List<PostEntry> commands, java.util.Map<LocalDate, FiscalPeriod> periods, String postedBy,
                                 java.time.Instant postedAt);

    Optional<JournalEntry> find(EntryId id);

    Optional<JournalEntry> findByKey(IdempotencyKey key);

    /** The entries posted under any of these keys (one query per few hundred keys). */
    java.util.Map<IdempotencyKey, JournalEntry> findByKeys(List<IdempotencyKey> keys);

    /** The entry reversing this one, if any. */
    Optional<JournalEntry> reversalOf(EntryId id);

    List<JournalEntry> page(int offset, int limit);

    long count();

    /** Entries with date in [from, to], in chain order. */
    List<JournalEntry> between(LocalDate from, LocalDate to);

    /**
     * Totals per account, currency and side over entries dated in [from, to] (from may be null),
     * leaving out the given kinds.
     */
    List<LineTotal> totals(LocalDate from, LocalDate to, Collection<EntryKind> excluded);

    /** Re-computes the chain from the first entry. */
    ChainVerification verify();
}
