package org.coopkit.ledger.journal;

import org.coopkit.core.audit.ChainVerification;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coopkit.ledger.accounts.AccountRef;

/** The journal's repository: append-only. Call inside a transaction. */
public interface JournalEntries {
    /**
     * One account's totals in one currency and on one side.
     *
     * @param account  the account, general or per member
     * @param currency the ISO 4217 currency code
     * @param side     debit or credit
     * @param total    the sum of the line amounts, in the currency's units
     */
    record LineTotal(AccountRef account, String currency, Side side, java.math.BigDecimal total) {
    }

    /**
     * Locks the chain head until the transaction ends and returns it: postings are serialized here.
     *
     * @return the locked chain head
     */
    ChainHead lockHead();

    /**
     * Appends an entry after the head (which the caller holds locked), computing its number and
     * hash, and moves the head. Returns the entry as stored.
     *
     * @param command  the entry to append
     * @param period   the fiscal period of the entry's date
     * @param reverses the entry this one reverses, if it is a reversal
     * @param postedBy the name of the posting actor
     * @param postedAt the posting instant
     * @return the entry as stored, with number and hash
     */
    JournalEntry append(PostEntry command, FiscalPeriod period, Optional<EntryId> reverses, String postedBy,
                        java.time.Instant postedAt);

    /**
     * Appends entries in order after the head (which the caller holds locked), as {@link #append}
     * would one by one, but writes them in JDBC batches, flushing and clearing the persistence
     * context periodically (the heap does not grow with the batch), and moves the head once at the
     * end. {@code periods} gives the fiscal period of each entry's date.
     *
     * @param commands the entries to append, in order
     * @param periods  the fiscal period of each entry's date
     * @param postedBy the name of the posting actor
     * @param postedAt the posting instant
     * @return the entries as stored, in order
     */
    List<JournalEntry> appendAll(List<PostEntry> commands, java.util.Map<LocalDate, FiscalPeriod> periods, String postedBy,
                                 java.time.Instant postedAt);

    /**
     * One entry by id.
     *
     * @param id the entry id
     * @return the entry, or empty
     */
    Optional<JournalEntry> find(EntryId id);

    /**
     * The entry posted under an idempotency key.
     *
     * @param key the idempotency key
     * @return the entry, or empty when the key was never posted
     */
    Optional<JournalEntry> findByKey(IdempotencyKey key);

    /**
     * The entries posted under any of these keys (one query per few hundred keys).
     *
     * @param keys the idempotency keys to look up
     * @return the posted entries by key; keys never posted are absent
     */
    java.util.Map<IdempotencyKey, JournalEntry> findByKeys(List<IdempotencyKey> keys);

    /**
     * The entry reversing this one, if any.
     *
     * @param id the original entry
     * @return its reversal, or empty
     */
    Optional<JournalEntry> reversalOf(EntryId id);

    /**
     * A slice of the journal in chain order.
     *
     * @param offset entries to skip
     * @param limit  most entries to return
     * @return the entries in the slice
     */
    List<JournalEntry> page(int offset, int limit);

    /**
     * The number of entries in the journal.
     *
     * @return the entry count
     */
    long count();

    /**
     * Entries with date in [from, to], in chain order.
     *
     * @param from the first date, inclusive
     * @param to   the last date, inclusive
     * @return the entries in chain order
     */
    List<JournalEntry> between(LocalDate from, LocalDate to);

    /**
     * Totals per account, currency and side over entries dated in [from, to] (from may be null),
     * leaving out the given kinds.
     *
     * @param from     the first date, inclusive, or null for the beginning
     * @param to       the last date, inclusive
     * @param excluded entry kinds to leave out
     * @return the totals per account, currency and side
     */
    List<LineTotal> totals(LocalDate from, LocalDate to, Collection<EntryKind> excluded);

    /**
     * Re-computes the chain from the first entry.
     *
     * @return the result, naming the first broken entry if any
     */
    ChainVerification verify();
}
