package org.coopkit.ledger.payouts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.Members;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Account;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalanceRow;
import org.coopkit.ledger.payouts.internal.PayoutStore;

/**
 * Payout runs (treasurer): pays what the co-op owes its members on the payable accounts (car
 * owners' payouts, patronage refunds, capital interest, workers' share), all that is due or one
 * member's. One journal entry debits each payable and credits the bank; each line is stored as
 * paid; a member without a valid IBAN is listed as not payable and stays due. A run is keyed:
 * retried (even concurrently) it returns the first run and pays nothing twice.
 */
public final class PayoutService {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Set<AccountRole> PAYABLES = EnumSet.of(AccountRole.OWNER_PAYOUTS_PAYABLE, AccountRole.REFUNDS_PAYABLE,
            AccountRole.CAPITAL_INTEREST_PAYABLE, AccountRole.WORKERS_SHARE_PAYABLE);
    private final Transactions tx;
    private final Journal journal;
    private final ChartOfAccounts chart;
    private final Members members;
    private final PayoutStore store;
    private final AuditLog audit;
    private final Currency currency;
    private final Clock clock;

    /**
     * Wiring for {@code LedgerModule}.
     *
     * @param tx       the module's transactions
     * @param journal  the journal the payout entry is posted to
     * @param chart    the chart of accounts (payables and bank)
     * @param members  the member registry (names and IBANs)
     * @param audit    the audit log
     * @param currency the co-op's currency
     * @param clock    the clock giving today
     */
    public PayoutService(Transactions tx, Journal journal, ChartOfAccounts chart, Members members, AuditLog audit,
                         Currency currency, Clock clock) {
        this.tx = tx;
        this.journal = journal;
        this.chart = chart;
        this.members = members;
        this.store = new PayoutStore(tx);
        this.audit = audit;
        this.currency = currency;
        this.clock = clock;
    }

    /**
     * Pays what is due (treasurer): to every member, or only to {@code only}. {@code key} names the
     * run (1 to 30 letters, digits, '.', '_' or '-'); a retry with the same key returns the run.
     *
     * @param actor         the caller; needs {@code TREASURER}
     * @param key           the run's key, 1 to 30 letters, digits, '.', '_' or '-'
     * @param only          the one member to pay; empty for all
     * @param executionDate the requested execution date, today or later
     * @return the run, or the first one with this key
     * @throws InvalidInput   when the key or the execution date is invalid
     * @throws MemberNotFound when {@code only} names an unknown member
     * @throws PayoutRefused  when nothing is due
     */
    public PayoutRun run(Actor actor, String key, Optional<MemberId> only, LocalDate executionDate) {
        actor.require(Role.TREASURER);
        if (key == null || !KEY.matcher(key).matches()) throw new InvalidInput("key", "must be 1 to 30 letters, digits, '.', '_' or '-'");
        LocalDate today = LocalDate.now(clock);
        LocalDate exec = executionDate == null ? today : executionDate;
        if (exec.isBefore(today)) throw new InvalidInput("executionDate", "must be today or later");
        return tx.inTransaction(() -> {
            journal.serializeWithPostings(); // one run at a time: a retry sees the first, a second run sees what is left
            Optional<PayoutRun> done = find(key);
            if (done.isPresent()) return done.get();
            if (only.isPresent() && members.find(only.get()).isEmpty()) throw new MemberNotFound(only.get());
            List<PayoutRun.Line> lines = due(only);
            if (lines.isEmpty()) throw new PayoutRefused("nothing-due", only.isPresent() ? "nothing is due to member " + only.get() : "nothing is due");
            List<JournalLine> posting = new ArrayList<>();
            Money total = Money.zero(currency);
            for (PayoutRun.Line l : lines) {
                if (l.status() != PayoutRun.Status.PAID) continue;
                posting.add(JournalLine.debit(l.account(), l.member(), l.amount()));
                total = total.plus(l.amount());
            }
            Optional<JournalEntry> entry = Optional.empty();
            if (total.isPositive()) {
                posting.add(JournalLine.credit(AccountRef.of(chart.withRole(AccountRole.BANK).code()), total));
                entry = Optional.of(journal.post(Actor.system(), new PostEntry(IdempotencyKey.of("payout:" + key), today,
                        "Payout run " + key, EntryKind.REGULAR, posting)));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            store.add(key, exec, now, entry.map(JournalEntry::id), lines);
            audit.record(actor, "ledger.payout-run", key, "paid " + total + ", " + lines.stream().filter(l -> l.status() == PayoutRun.Status.NOT_PAYABLE).count()
                    + " not payable (no IBAN)");
            return find(key).orElseThrow();
        });
    }

    /**
     * What would be paid now (treasurer): every payable line due, or one member's, with the IBAN found.
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param only  the one member; empty for all
     * @return the lines that would be paid
     */
    public List<PayoutRun.Line> due(Actor actor, Optional<MemberId> only) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> due(only));
    }

    /**
     * A payout run by its key (treasurer or board).
     *
     * @param actor the caller; needs {@code TREASURER} or {@code BOARD}
     * @param key   the run's key
     * @return the run, or empty
     */
    public Optional<PayoutRun> find(Actor actor, String key) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> find(key));
    }

    /**
     * Payout lines of one member, newest run first (the member, the treasurer or the board).
     *
     * @param actor  the caller; the member themselves, {@code TREASURER} or {@code BOARD}
     * @param member the member
     * @return the member's payout lines, newest run first
     */
    public List<PayoutRun.Line> ofMember(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> store.ofMember(member, currency).stream().map(this::named).toList());
    }

    /**
     * Lines of a member with their run's dates: what their statement shows.
     *
     * @param actor  the caller; the member themselves, {@code TREASURER} or {@code BOARD}
     * @param member the member
     * @return the member's payouts with their run's dates
     */
    public List<MemberPayout> payoutsOf(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> store.payoutsOf(member, currency));
    }

    private Optional<PayoutRun> find(String key) {
        return store.find(key, currency).map(r -> new PayoutRun(r.key(), r.executionDate(), r.createdAt(), r.entry(),
                r.lines().stream().map(this::named).toList()));
    }

    private PayoutRun.Line named(PayoutRun.Line l) {
        String name = members.find(l.member()).map(Member::name).orElse(l.member().toString());
        String accountName = chart.all(Actor.system()).stream().filter(a -> a.code().value().equals(l.account())).map(Account::name).findFirst().orElse("");
        return new PayoutRun.Line(l.number(), l.member(), name, l.account(), accountName, l.amount(), l.iban(), l.status());
    }

    private List<PayoutRun.Line> due(Optional<MemberId> only) {
        Set<String> codes = new java.util.HashSet<>();
        for (AccountRole r : PAYABLES) codes.add(chart.withRole(r).code().value());
        record Due(Member member, TrialBalanceRow row, Money amount) {
        }
        List<Due> due = new ArrayList<>();
        for (TrialBalanceRow row : journal.totals(Actor.system(), null, LocalDate.now(clock), Set.of()).rows()) {
            if (!codes.contains(row.account().code().value()) || row.account().member().isEmpty()) continue;
            if (!row.debits().currency().equals(currency) || !row.normalBalance().isPositive()) continue;
            MemberId m = row.account().member().get();
            if (only.isPresent() && !only.get().equals(m)) continue;
            members.find(m).ifPresent(member -> due.add(new Due(member, row, row.normalBalance())));
        }
        due.sort(Comparator.comparing((Due d) -> d.member().membershipNumber().orElse(Long.MAX_VALUE))
                .thenComparing(d -> d.member().id().toString()).thenComparing(d -> d.row().account().code().value()));
        List<PayoutRun.Line> lines = new ArrayList<>();
        int n = 1;
        for (Due d : due) {
            Optional<String> iban = d.member().iban().map(s -> s.replace(" ", "").toUpperCase(java.util.Locale.ROOT)).filter(s -> IBAN.matcher(s).matches());
            lines.add(new PayoutRun.Line(n++, d.member().id(), d.member().name(), d.row().account().code().value(), d.row().accountName(),
                    d.amount(), iban, iban.isPresent() ? PayoutRun.Status.PAID : PayoutRun.Status.NOT_PAYABLE));
        }
        return lines;
    }
}
