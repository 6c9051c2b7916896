package org.coopkit.ledger.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountCode;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountScopeMismatch;
import org.coopkit.ledger.accounts.Accounts;
import org.coopkit.ledger.accounts.UnknownAccount;

/**
 * The journal's write side: posting one entry or a batch, and reversing one. Every posting locks
 * the chain head row first, so two concurrent postings cannot fork the chain; the idempotency key
 * is unique in the database, so a retry that races its original loses at the constraint and gets
 * the original's entry back. The shape and balance of an entry are {@link EntryRules}'.
 */
final class Postings {
    private final Transactions tx;
    private final Accounts accounts;
    private final JournalEntries entries;
    private final PostingCalendar calendar;
    private final Clock clock;

    Postings(Transactions tx, Accounts accounts, JournalEntries entries, PostingCalendar calendar, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.entries = entries;
        this.calendar = calendar;
        this.clock = clock;
    }

    JournalEntry post(Actor actor, PostEntry command) {
        actor.require(Role.TREASURER);
        if (command.kind() == EntryKind.REVERSAL) throw new InvalidEntry("post a reversal with reverse()");
        EntryRules.checkShape(command);
        return idempotently(command.key(), () -> append(actor, command, Optional.empty()));
    }

    List<JournalEntry> postAll(Actor actor, List<PostEntry> commands) {
        actor.require(Role.TREASURER);
        commands.forEach(c -> {
            if (c.kind() == EntryKind.REVERSAL) throw new InvalidEntry("post a reversal with reverse()");
            EntryRules.checkShape(c);
        });
        return tx.inTransaction(() -> {
            entries.lockHead();
            checkAccounts(commands);
            Map<IdempotencyKey, JournalEntry> done = new HashMap<>(
                    entries.findByKeys(commands.stream().map(PostEntry::key).distinct().toList()));
            Map<IdempotencyKey, PostEntry> fresh = new LinkedHashMap<>();
            for (PostEntry c : commands) {
                if (!done.containsKey(c.key())) fresh.putIfAbsent(c.key(), c);
            }
            Map<LocalDate, FiscalPeriod> periods = calendar.periodsFor(fresh.values().stream().map(PostEntry::date).collect(
                    Collectors.toCollection(TreeSet::new)));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (JournalEntry posted : entries.appendAll(List.copyOf(fresh.values()), periods, actor.name(), now)) {
                done.put(posted.key(), posted);
            }
            List<JournalEntry> out = new ArrayList<>(commands.size());
            // a key given twice, or already posted, must carry the same content
            for (PostEntry c : commands) out.add(EntryRules.sameOrRefuse(done.get(c.key()), c));
            return out;
        });
    }

    JournalEntry reverse(Actor actor, EntryId original, IdempotencyKey key, LocalDate date, String memo) {
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
            EntryRules.checkShape(command);
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
        if (existing.isPresent()) return EntryRules.sameOrRefuse(existing.get(), command);
        FiscalPeriod period = calendar.periodFor(command.date());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return entries.append(command, period, reverses, actor.name(), now);
    }

    private <T> T idempotently(IdempotencyKey key, Supplier<T> work) {
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

    /** Every line's account exists and has the scope the line gives (per member or general): one query for all the lines. */
    private void checkAccounts(List<PostEntry> commands) {
        Set<AccountCode> codes = new LinkedHashSet<>();
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
}
