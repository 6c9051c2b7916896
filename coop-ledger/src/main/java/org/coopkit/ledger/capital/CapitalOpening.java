package org.coopkit.ledger.capital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.AccountType;
import org.coopkit.ledger.accounts.ChartOfAccounts;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalanceRow;

/**
 * Capital that existed before the ledger: members' shares already in core's register when the
 * ledger was installed (movements recorded while no books were connected) are brought into the
 * books by one explicit, audited opening entry (treasurer), posted once. Per member, the register
 * on the day minus the books on the day:
 * <pre>
 *   paid-up capital held   Dr 512 Bank (or the account named)   Cr 1013 Member capital [m]
 *   subscribed, unpaid     Dr 4561 Members, capital unpaid [m]  Cr 1011 Subscribed capital, unpaid [m]
 * </pre>
 * Afterwards the register-vs-books check agrees from that day on. A second opening is refused
 * ({@link CapitalOpeningRefused}); a concurrent retry posts nothing twice (one idempotency key).
 */
public final class CapitalOpening {
    static final IdempotencyKey KEY = IdempotencyKey.of("capital-opening");
    private final Transactions tx;
    private final Journal journal;
    private final ChartOfAccounts chart;
    private final CapitalService capital;
    private final AuditLog audit;
    private final Currency currency;
    private final Clock clock;
    private final org.coopkit.ledger.fiscal.FiscalYearService years;

    /**
     * What the opening entry brings (or brought) into the books.
     *
     * @param on          the entry's date
     * @param against     the account debited for the paid-up capital (the bank unless named)
     * @param lines       one per member whose capital the books lacked
     * @param entryNumber the journal entry number once posted
     */
    public record Opening(LocalDate on, String against, List<Line> lines, Optional<Long> entryNumber) {
        /**
         * One member's capital brought in.
         *
         * @param member the member
         * @param membershipNumber their membership number
         * @param name their name
         * @param held paid-up capital the books lacked
         * @param unpaid subscribed, unpaid capital the books lacked
         */
        public record Line(MemberId member, long membershipNumber, String name, Money held, Money unpaid) {
        }

        /**
         * Copies the lines, so the opening cannot be changed afterwards.
         *
         * @param on          the entry's date
         * @param against     the account debited for the paid-up capital (the bank unless named)
         * @param lines       one per member whose capital the books lacked
         * @param entryNumber the journal entry number once posted
         */
        public Opening {
            lines = List.copyOf(lines);
        }

        /**
         * Paid-up capital brought in, all members.
         *
         * @param currency the co-op's currency (the sum of no lines is zero in it)
         * @return the sum of the lines' paid-up capital
         */
        public Money totalHeld(Currency currency) {
            return Money.sum(lines.stream().map(Line::held).toList(), currency);
        }
    }

    /**
     * Built by {@code LedgerModule}; reads core's register through {@code capital} and posts through {@code journal}.
     *
     * @param tx       the module's transactions
     * @param journal  the journal the opening entry is posted to
     * @param chart    the chart of accounts
     * @param capital  core's capital register
     * @param audit    the audit log the reason goes to
     * @param currency the co-op's currency
     * @param clock    the clock giving today
     * @param years    the fiscal years (the entry's day must be in an open one)
     */
    public CapitalOpening(Transactions tx, Journal journal, ChartOfAccounts chart, CapitalService capital, AuditLog audit, Currency currency,
                          Clock clock, org.coopkit.ledger.fiscal.FiscalYearService years) {
        this.years = years;
        this.tx = tx;
        this.journal = journal;
        this.chart = chart;
        this.capital = capital;
        this.audit = audit;
        this.currency = currency;
        this.clock = clock;
    }

    /**
     * What an opening entry on {@code on} would post, or the one posted (treasurer or board). Changes nothing.
     *
     * @param actor   the caller; needs {@code TREASURER} or {@code BOARD}
     * @param on      the entry's date (today when null)
     * @param against the account debited for paid-up capital; empty for the bank
     * @return the opening that would be posted, or the one posted
     */
    public Opening preview(Actor actor, LocalDate on, Optional<String> against) {
        actor.require(Role.TREASURER, Role.BOARD);
        return tx.inTransaction(() -> {
            Optional<JournalEntry> done = journal.findByKey(Actor.system(), KEY);
            if (done.isPresent()) return posted(done.get());
            return compute(day(on), counterAccount(against));
        });
    }

    /**
     * Posts the opening entry dated {@code on} (today when null; not in the future, in an open year),
     * the paid-up side against {@code against} (the bank when empty), with the treasurer's reason in
     * the audit log. Refused when already posted, when there is nothing to bring in, or when the books
     * hold more for a member than the register.
     *
     * @param actor   the caller; needs {@code TREASURER}
     * @param on      the entry's date (today when null)
     * @param against the account debited for paid-up capital; empty for the bank
     * @param reason  why the capital is brought in, audited, at most 500 characters
     * @return the posted opening with its entry number
     * @throws CapitalOpeningRefused when already posted, when there is nothing to bring in, or when the books hold more than the register
     * @throws org.coopkit.ledger.fiscal.FiscalYearClosed when the day is in a closed or locked year
     * @throws InvalidInput when the reason is missing or too long, the day in the future or the counterpart not an asset or equity account
     */
    public Opening post(Actor actor, LocalDate on, Optional<String> against, String reason) {
        actor.require(Role.TREASURER);
        if (reason == null || reason.isBlank()) throw new InvalidInput("reason", "say why the capital is brought into the books (it is audited)");
        if (reason.length() > 500) throw new InvalidInput("reason", "at most 500 characters");
        LocalDate day = day(on);
        String counter = counterAccount(against);
        return tx.inTransaction(() -> {
            journal.serializeWithPostings(); // one opening at a time, and no capital posting in between: a retry sees the first
            Optional<JournalEntry> done = journal.findByKey(Actor.system(), KEY);
            if (done.isPresent()) {
                throw new CapitalOpeningRefused("capital-opening-posted", "the capital held before the ledger was already brought into the books by entry "
                        + done.get().number() + " dated " + done.get().date() + "; correct a mistake with a reversing entry, not a second opening");
            }
            years.requirePostable(actor, day); // refused first, as any posting on that day would be
            Opening opening = compute(day, counter);
            if (opening.lines().isEmpty()) {
                throw new CapitalOpeningRefused("capital-opening-nothing", "the capital register and the books already agree on " + day
                        + ": there is nothing to bring in");
            }
            List<JournalLine> lines = new ArrayList<>();
            String held = code(AccountRole.MEMBER_CAPITAL);
            String receivable = code(AccountRole.CAPITAL_SUBSCRIPTIONS_RECEIVABLE);
            String unpaid = code(AccountRole.SUBSCRIBED_CAPITAL_UNPAID);
            for (Opening.Line l : opening.lines()) {
                if (!l.held().isZero()) {
                    lines.add(JournalLine.debit(counter, l.held()));
                    lines.add(JournalLine.credit(held, l.member(), l.held()));
                }
                if (!l.unpaid().isZero()) {
                    lines.add(JournalLine.debit(receivable, l.member(), l.unpaid()));
                    lines.add(JournalLine.credit(unpaid, l.member(), l.unpaid()));
                }
            }
            JournalEntry entry = journal.post(Actor.system(), new PostEntry(KEY, day, "Opening: member capital held before the ledger",
                    EntryKind.REGULAR, lines));
            audit.record(actor, "ledger.capital-opening", "capital-opening", "entry " + entry.number() + ": capital held " + opening.totalHeld(currency) + " for "
                    + opening.lines().size() + " members, dated " + day + ", against " + counter + ": " + reason.strip());
            return new Opening(day, counter, opening.lines(), Optional.of(entry.number()));
        });
    }

    private Opening compute(LocalDate day, String counter) {
        Money zero = Money.zero(currency);
        Map<MemberId, Money> heldInBooks = new HashMap<>();
        Map<MemberId, Money> unpaidInBooks = new HashMap<>();
        String held = code(AccountRole.MEMBER_CAPITAL);
        String unpaid = code(AccountRole.SUBSCRIBED_CAPITAL_UNPAID);
        for (TrialBalanceRow row : journal.totals(Actor.system(), null, day, Set.of()).rows()) {
            if (row.account().member().isEmpty() || !row.debits().currency().equals(currency)) continue;
            String code = row.account().code().value();
            if (code.equals(held)) heldInBooks.merge(row.account().member().get(), row.normalBalance(), Money::plus);
            if (code.equals(unpaid)) unpaidInBooks.merge(row.account().member().get(), row.normalBalance(), Money::plus);
        }
        List<Opening.Line> lines = new ArrayList<>();
        for (CapitalAccount a : capital.registerOn(Actor.system(), day).accounts()) {
            Money heldGap = a.held().minus(heldInBooks.getOrDefault(a.member(), zero));
            Money unpaidGap = a.unpaid().minus(unpaidInBooks.getOrDefault(a.member(), zero));
            if (heldGap.isNegative() || unpaidGap.isNegative()) {
                throw new CapitalOpeningRefused("capital-opening-books-ahead", "the books hold more capital for member " + a.membershipNumber() + " "
                        + a.name() + " than the register on " + day + " (register " + a.held() + " paid, " + a.unpaid() + " unpaid): "
                        + "an opening entry only adds what the books lack; correct that member's entries first");
            }
            if (!heldGap.isZero() || !unpaidGap.isZero()) lines.add(new Opening.Line(a.member(), a.membershipNumber(), a.name(), heldGap, unpaidGap));
        }
        return new Opening(day, counter, lines, Optional.empty());
    }

    private Opening posted(JournalEntry e) {
        String held = code(AccountRole.MEMBER_CAPITAL);
        String unpaid = code(AccountRole.SUBSCRIBED_CAPITAL_UNPAID);
        Map<MemberId, Money[]> by = new java.util.LinkedHashMap<>();
        String counter = code(AccountRole.BANK);
        Money zero = Money.zero(currency);
        for (JournalLine l : e.lines()) {
            if (l.account().member().isEmpty()) {
                counter = l.account().code().value();
                continue;
            }
            Money[] m = by.computeIfAbsent(l.account().member().get(), k -> new Money[] {zero, zero});
            if (l.account().code().value().equals(held)) m[0] = m[0].plus(l.amount());
            if (l.account().code().value().equals(unpaid)) m[1] = m[1].plus(l.amount());
        }
        Map<MemberId, CapitalAccount> names = new HashMap<>();
        capital.registerOn(Actor.system(), e.date()).accounts().forEach(a -> names.put(a.member(), a));
        List<Opening.Line> lines = new ArrayList<>();
        by.forEach((id, m) -> {
            CapitalAccount a = names.get(id);
            lines.add(new Opening.Line(id, a == null ? 0 : a.membershipNumber(), a == null ? id.toString() : a.name(), m[0], m[1]));
        });
        return new Opening(e.date(), counter, lines, Optional.of(e.number()));
    }

    private LocalDate day(LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        if (on == null) return today;
        if (on.isAfter(today)) throw new InvalidInput("on", "the opening entry cannot be dated in the future (today is " + today + ")");
        return on;
    }

    private String counterAccount(Optional<String> against) {
        if (against.isEmpty() || against.get().isBlank()) return code(AccountRole.BANK);
        String code = against.get().strip();
        var account = chart.all(Actor.system()).stream().filter(a -> a.code().value().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInput("against", "no account " + code + " in the chart of accounts"));
        if (account.type() != AccountType.ASSET && account.type() != AccountType.EQUITY) {
            throw new InvalidInput("against", "the counterpart of an opening entry is an asset (the bank) or an equity account (opening balances)");
        }
        return account.code().value();
    }

    private String code(AccountRole role) {
        return chart.withRole(role).code().value();
    }
}
