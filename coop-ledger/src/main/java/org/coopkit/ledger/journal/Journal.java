package org.coopkit.ledger.journal;

import org.coopkit.core.audit.ChainVerification;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountCode;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountScopeMismatch;
import org.coopkit.ledger.accounts.Accounts;
import org.coopkit.ledger.accounts.UnknownAccount;

/**
 * The double-entry journal: posting (balanced per currency, idempotent on a key, into an open
 * fiscal year), reversing, reading, balances, trial balance and verification of the hash chain.
 *
 * <p>There is deliberately no method to change or delete an entry. Every posting locks the chain
 * head row first, so two concurrent postings cannot fork the chain; the idempotency key is unique
 * in the database, so a retry that races its original loses at the constraint and returns the
 * original's entry.
 */
public final class Journal {
    private static final int MAX_MEMO = 300;
    private final Transactions tx;
    private final Accounts accounts;
    private final JournalEntries entries;
    private final PostingCalendar calendar;
    private final Clock clock;

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
        this.calendar = calendar;
        this.clock = clock;
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
        actor.require(Role.TREASURER);
        if (command.kind() == EntryKind.REVERSAL) throw new InvalidEntry("post a reversal with reverse()");
        validateShape(command);
        return idempotently(command.key(), () -> append(actor, command, Optional.empty()));
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
        actor.require(Role.TREASURER);
        commands.forEach(c -> {
            if (c.kind() == EntryKind.REVERSAL) throw new InvalidEntry("post a reversal with reverse()");
            validateShape(c);
        });
        return tx.inTransaction(() -> {
            entries.lockHead();
            checkAccounts(commands);
            Map<IdempotencyKey, JournalEntry> done = new HashMap<>(
                    entries.findByKeys(commands.stream().map(PostEntry::key).distinct().toList()));
            Map<IdempotencyKey, PostEntry> fresh = new java.util.LinkedHashMap<>();
            for (PostEntry c : commands) {
                if (!done.containsKey(c.key())) fresh.putIfAbsent(c.key(), c);
            }
            Map<LocalDate, FiscalPeriod> periods = calendar.periodsFor(fresh.values().stream().map(PostEntry::date).collect(
                    java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (JournalEntry posted : entries.appendAll(List.copyOf(fresh.values()), periods, actor.name(), now)) {
                done.put(posted.key(), posted);
            }
            List<JournalEntry> out = new ArrayList<>(commands.size());
            // a key given twice, or already posted, must carry the same content
            for (PostEntry c : commands) out.add(sameOrRefuse(done.get(c.key()), c));
            return out;
        });
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
        actor.require(Role.TREASURER);
        return idempotently(key, () -> {
            entries.lockHead();
            Optional<JournalEntry> existing = entries.findByKey(key);
            if (existing.isPresent()) return existing.get();
            JournalEntry orig = entries.find(original).orElseThrow(() -> new EntryNotFound(original));
            entries.reversalOf(original).ifPresent(r -> {
                throw new AlreadyReversed(original, r.number());
            });
            String text = memo == null || memo.isBlank() ? "Reversal of entry #" + orig.number() : memo;
            PostEntry command = new PostEntry(key, date, text, EntryKind.REVERSAL,
                    orig.lines().stream().map(JournalLine::reversed).toList());
            validateShape(command);
            return append(actor, command, Optional.of(original));
        });
    }

    /**
     * Runs inside the caller's transaction: append after locking the head and checking the accounts,
     * unless the key is posted. The account check runs here, in the posting's transaction, rather than
     * in one of its own before it (one transaction instead of two per posting).
     */
    private JournalEntry append(Actor actor, PostEntry command, Optional<EntryId> reverses) {
        entries.lockHead();
        checkAccounts(List.of(command));
        Optional<JournalEntry> existing = entries.findByKey(command.key());
        if (existing.isPresent()) return sameOrRefuse(existing.get(), command);
        FiscalPeriod period = calendar.periodFor(command.date());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return entries.append(command, period, reverses, actor.name(), now);
    }

    private <T> T idempotently(IdempotencyKey key, java.util.function.Supplier<T> work) {
        try {
            return tx.inTransaction(work::get);
        } catch (RuntimeException e) {
            if (!Constraints.isViolation(e, "uk_ledger_entries_idem")) throw e;
            // a concurrent retry of the same posting committed first: return its entry
            @SuppressWarnings("unchecked")
            T first = (T) tx.inTransaction(() -> entries.findByKey(key)).orElseThrow(() -> e);
            return first;
        }
    }

    private static JournalEntry sameOrRefuse(JournalEntry existing, PostEntry command) {
        boolean same = existing.date().equals(command.date()) && existing.lines().equals(command.lines())
                && existing.memo().equals(command.memo());
        if (!same) throw new IdempotencyKeyReused(command.key(), existing.number());
        return existing;
    }

    /** Checks the shape and the balance of an entry, before any transaction (no database needed). */
    private static void validateShape(PostEntry command) {
        if (command.lines().size() < 2) throw new InvalidEntry("an entry needs at least two lines");
        if (command.memo().length() > MAX_MEMO) throw new InvalidEntry("the memo is longer than " + MAX_MEMO + " characters");
        Map<Currency, Money> net = new HashMap<>();
        for (JournalLine line : command.lines()) {
            if (!line.amount().isPositive()) {
                throw new InvalidEntry("every line amount must be positive (the side says debit or credit): " + line.amount());
            }
            if (line.amount().amount().abs().compareTo(new BigDecimal("999999999999999")) > 0) {
                throw new InvalidEntry("amount too large: " + line.amount());
            }
            net.merge(line.amount().currency(), line.signed(), Money::plus);
        }
        Map<String, String> diff = new TreeMap<>();
        net.forEach((c, m) -> {
            if (!m.isZero()) diff.put(c.getCurrencyCode(), m.amount().toPlainString());
        });
        if (!diff.isEmpty()) throw new UnbalancedEntry(diff);
    }

    /** Every line's account exists and has the scope the line gives (per member or general): one query for all the lines. */
    private void checkAccounts(List<PostEntry> commands) {
        java.util.Set<AccountCode> codes = new java.util.LinkedHashSet<>();
        for (PostEntry c : commands) for (JournalLine line : c.lines()) codes.add(line.account().code());
        Map<AccountCode, Account> found = accounts.findAll(codes);
        for (PostEntry c : commands) {
            for (JournalLine line : c.lines()) {
                AccountRef ref = line.account();
                Account account = found.get(ref.code());
                if (account == null) throw new UnknownAccount(ref.code().value());
                if (account.perMember() != ref.member().isPresent()) throw new AccountScopeMismatch(ref, account.scope());
            }
        }
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
                Money amount = Money.of(t.total(), cur, java.math.RoundingMode.UNNECESSARY);
                if (t.side() == Side.DEBIT) pair[0] = pair[0].plus(amount);
                else pair[1] = pair[1].plus(amount);
            }
            List<TrialBalanceRow> rows = new ArrayList<>();
            sums.forEach((k, pair) -> {
                AccountRef ref = refs.get(k);
                Account a = chart.get(ref.code().value());
                rows.add(new TrialBalanceRow(ref, a.name(), a.type(), pair[0], pair[1]));
            });
            rows.sort(java.util.Comparator.comparing(TrialBalanceRow::account)
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
