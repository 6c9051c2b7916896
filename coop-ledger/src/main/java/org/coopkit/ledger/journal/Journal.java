package org.coopkit.ledger.journal;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.ChainVerification;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.Accounts;

/**
 * The double-entry journal: posting (balanced per currency, idempotent on a key, into an open
 * fiscal year), reversing, reading, balances, trial balance and verification of the hash chain.
 *
 * <p>There is deliberately no method to change or delete an entry. Posting is the package-private
 * {@code Postings}' (the chain head locked first, the idempotency key unique in the database) and
 * the double-entry rules are {@code EntryRules}'; this class is the one public entry point and the
 * read side.
 */
public final class Journal {
    private final Transactions tx;
    private final Accounts accounts;
    private final JournalEntries entries;
    private final Postings postings;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx       the transactions the journal runs in
     * @param accounts the chart of accounts lines are checked against
     * @param entries  the stored entries and the hash chain
     * @param calendar maps a posting date to its open fiscal period
     * @param clock    the clock stamping each posting
     */
    public Journal(Transactions tx, Accounts accounts, JournalEntries entries, PostingCalendar calendar, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.entries = entries;
        this.postings = new Postings(tx, accounts, entries, calendar, clock);
    }

    /**
     * Posts an entry (treasurer, or the system on behalf of the platform). A retry with the same key
     * and content returns the first entry; with other content it is refused.
     *
     * @throws UnbalancedEntry when debits and credits differ in a currency
     * @throws InvalidEntry    when the entry has fewer than two lines or a non-positive amount
     * @param actor   the caller; needs {@code TREASURER}
     * @param command the entry to post
     * @return the posted entry, or the first one posted with the same key
     * @throws IdempotencyKeyReused when the key was posted with other content
     */
    public JournalEntry post(Actor actor, PostEntry command) {
        return postings.post(actor, command);
    }

    /**
     * Posts many entries in one transaction (a bulk import): the accounts and the fiscal periods are
     * looked up once for the batch, entries and lines are written in JDBC batches and the
     * persistence context is cleared as it goes (docs/performance.md). Entries whose key is already
     * posted are returned as they are.
     *
     * @param actor    the caller; needs {@code TREASURER}
     * @param commands the entries to post, in order
     * @return the posted entries, in the order of the commands
     * @throws InvalidEntry         when an entry is malformed or is a reversal
     * @throws UnbalancedEntry      when an entry does not balance in a currency
     * @throws IdempotencyKeyReused when a key was posted with other content
     */
    public List<JournalEntry> postAll(Actor actor, List<PostEntry> commands) {
        return postings.postAll(actor, commands);
    }

    /**
     * Corrects an entry with a reversing entry: the same lines on the opposite sides, referencing
     * the original. An entry is reversed at most once.
     *
     * @param actor    the caller; needs {@code TREASURER}
     * @param original the entry to reverse
     * @param key      the idempotency key of the reversal
     * @param date     the posting date of the reversal
     * @param memo     the memo; blank gives "Reversal of entry #n"
     * @return the reversing entry (or the one already posted with this key)
     * @throws EntryNotFound    when the original does not exist
     * @throws AlreadyReversed  when the original was already reversed
     */
    public JournalEntry reverse(Actor actor, EntryId original, IdempotencyKey key, LocalDate date, String memo) {
        return postings.reverse(actor, original, key, date, memo);
    }

    /**
     * One entry by id (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param id    the entry id
     * @return the entry, or empty when there is none
     */
    public Optional<JournalEntry> find(Actor actor, EntryId id) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> entries.find(id));
    }

    /**
     * The entry posted with an idempotency key (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param key   the idempotency key
     * @return the entry, or empty when the key was never posted
     */
    public Optional<JournalEntry> findByKey(Actor actor, IdempotencyKey key) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> entries.findByKey(key));
    }

    /**
     * A page of the journal in chain order (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param page  the zero-based page number
     * @param size  entries per page, 1 to 500
     * @return the page with the total entry count
     * @throws InvalidInput when the page is negative or the size out of range
     */
    public JournalPage page(Actor actor, int page, int size) {
        actor.require(Role.TREASURER, Role.BOARD);
        if (page < 0) throw new InvalidInput("page", "must not be negative");
        if (size < 1 || size > 500) throw new InvalidInput("size", "must be between 1 and 500");
        return tx.inTransaction(() -> new JournalPage(entries.page(page * size, size), page, size, entries.count()));
    }

    /**
     * Entries dated in [from, to], in chain order (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from  the first posting date, inclusive
     * @param to    the last posting date, inclusive
     * @return the entries, in chain order
     */
    public List<JournalEntry> between(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> entries.between(from, to)); // exports: from the read replica when there is one
    }

    /**
     * The trial balance at the end of a day (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param at    the day whose end the balance is taken at
     * @return debits and credits per account and currency
     */
    public TrialBalance trialBalance(Actor actor, LocalDate at) {
        actor.require(Role.TREASURER, Role.BOARD);
        return totals(actor, null, at, Set.of());
    }

    /**
     * Debits and credits per account over entries dated in [from, to] (from may be null), leaving
     * out the given kinds (treasurer or board; this module's reports pass the system actor once they
     * checked their own caller).
     *
     * @param actor    the caller; needs {@code TREASURER} or {@code BOARD}
     * @param from     the first posting date, inclusive, or null for the beginning
     * @param to       the last posting date, inclusive
     * @param excluded entry kinds to leave out
     * @return debits and credits per account and currency
     */
    public TrialBalance totals(Actor actor, LocalDate from, LocalDate to, Set<EntryKind> excluded) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.readOnly(() -> { // a report: from the read replica when there is one
            Map<String, Account> chart = new HashMap<>();
            accounts.all().forEach(a -> chart.put(a.code().value(), a));
            Map<String, Money[]> sums = new TreeMap<>();
            Map<String, AccountRef> refs = new HashMap<>();
            for (JournalEntries.LineTotal t : entries.totals(from, to, excluded)) {
                Currency cur = Currency.getInstance(t.currency());
                String k = t.account() + "|" + t.currency();
                refs.put(k, t.account());
                Money[] pair = sums.computeIfAbsent(k, x -> new Money[] {Money.zero(cur), Money.zero(cur)});
                Money amount = Money.of(t.total(), cur, RoundingMode.UNNECESSARY);
                if (t.side() == Side.DEBIT) pair[0] = pair[0].plus(amount);
                else pair[1] = pair[1].plus(amount);
            }
            List<TrialBalanceRow> rows = new ArrayList<>();
            sums.forEach((k, pair) -> {
                AccountRef ref = refs.get(k);
                Account a = chart.get(ref.code().value());
                rows.add(new TrialBalanceRow(ref, a.name(), a.type(), pair[0], pair[1]));
            });
            rows.sort(Comparator.comparing(TrialBalanceRow::account)
                    .thenComparing(r -> r.debits().currencyCode()));
            return new TrialBalance(to, rows);
        });
    }

    /**
     * Debit-positive balance of an account at the end of a day (treasurer or board).
     *
     * @param actor    the caller; needs {@code TREASURER} or {@code BOARD}
     * @param account  the account, general or per member
     * @param currency the currency of the balance
     * @param at       the day whose end the balance is taken at
     * @return debits minus credits, in the currency
     */
    public Money balance(Actor actor, AccountRef account, Currency currency, LocalDate at) {
        actor.require(Role.TREASURER, Role.BOARD);
        return totals(actor, null, at, Set.of()).balance(account, currency);
    }

    /**
     * Re-computes every hash from the first entry (treasurer or board) and names the first entry
     * that was edited, removed or inserted behind the ledger's back.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @return the result of the verification
     */
    public ChainVerification verify(Actor actor) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(entries::verify);
    }

    /**
     * Locks the chain head for the rest of the current transaction, so that no posting commits in
     * between (used by the year-end closing to compute balances no one else is changing).
     */
    public void serializeWithPostings() {
        entries.lockHead();
    }
}
