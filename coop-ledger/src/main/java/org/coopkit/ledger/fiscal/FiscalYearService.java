package org.coopkit.ledger.fiscal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.AccountRef;
import org.coopkit.ledger.accounts.AccountRole;
import org.coopkit.ledger.accounts.Accounts;
import org.coopkit.ledger.accounts.UnknownAccount;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.IdempotencyKey;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.JournalEntry;
import org.coopkit.ledger.journal.JournalLine;
import org.coopkit.ledger.journal.PostEntry;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.journal.TrialBalanceRow;

/**
 * Fiscal years: open, close (closing entries move every revenue and expense balance into the
 * result account), reopen before approval, lock after the general assembly approved the accounts.
 */
public final class FiscalYearService {
    private final Transactions tx;
    private final FiscalYears years;
    private final Accounts accounts;
    private final Journal journal;

    public FiscalYearService(Transactions tx, FiscalYears years, Accounts accounts, Journal journal) {
        this.tx = tx;
        this.years = years;
        this.accounts = accounts;
        this.journal = journal;
    }

    /** Opens a fiscal year (treasurer); refuses a year overlapping another. */
    public FiscalYear open(Actor actor, FiscalYear year) {
        actor.require(Role.TREASURER);
        if (year.status() != FiscalYearStatus.OPEN) throw new InvalidFiscalYear("a new fiscal year starts OPEN");
        try {
            return tx.inTransaction(() -> {
                if (years.find(year.id()).isPresent()) throw new InvalidFiscalYear("fiscal year " + year.id() + " already exists");
                for (FiscalYear other : years.all()) {
                    if (other.overlaps(year)) throw new InvalidFiscalYear("fiscal year " + year.id() + " overlaps " + other.id());
                }
                years.add(year);
                return year;
            });
        } catch (RuntimeException e) {
            if (Constraints.isIntegrityViolation(e)) throw new InvalidFiscalYear("fiscal year " + year.id() + " already exists or overlaps another");
            throw e;
        }
    }

    /**
     * Closes a year (treasurer): posts, dated on its last day, one closing entry that empties every
     * revenue and expense account (and member sub-account) into the result account, then refuses
     * any further posting dated in the year.
     */
    public ClosingResult close(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER);
        return tx.inTransaction(() -> {
            journal.serializeWithPostings(); // no posting commits while we read the balances
            FiscalYear year = years.findForUpdate(id).orElseThrow(() -> new FiscalYearNotFound(id));
            FiscalYear closed = year.close();
            AccountRef result = AccountRef.of(accounts.withRole(AccountRole.RESULT)
                    .orElseThrow(() -> new UnknownAccount("with role RESULT")).code());
            TrialBalance tb = journal.totals(actor, year.start(), year.end(), Set.of());
            List<JournalLine> lines = new ArrayList<>();
            Map<String, Money> results = new TreeMap<>();
            for (TrialBalanceRow row : tb.rows()) {
                if (!row.type().closesAtYearEnd() || row.balance().isZero()) continue;
                Money balance = row.balance();
                lines.add(balance.isPositive() ? JournalLine.credit(row.account(), balance) : JournalLine.debit(row.account(), balance.negate()));
                results.merge(balance.currencyCode(), balance.negate(), Money::plus);
            }
            results.forEach((currency, amount) -> {
                if (amount.isPositive()) lines.add(JournalLine.credit(result, amount));
                else if (amount.isNegative()) lines.add(JournalLine.debit(result, amount.negate()));
            });
            Optional<JournalEntry> entry = Optional.empty();
            if (lines.size() >= 2) {
                entry = Optional.of(journal.post(actor, new PostEntry(
                        IdempotencyKey.of("closing:" + id + ":" + closed.closings()), year.end(),
                        "Closing of fiscal year " + id + (closed.closings() > 1 ? " (closing " + closed.closings() + ")" : ""),
                        EntryKind.CLOSING, lines)));
            }
            years.update(closed);
            return new ClosingResult(closed, entry, results);
        });
    }

    /** Reopens a closed year for a late adjustment (treasurer); a locked year stays shut. */
    public FiscalYear reopen(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER);
        return transition(id, FiscalYear::reopen);
    }

    /** Locks a closed year for good, once the general assembly approved its accounts (treasurer or board). */
    public FiscalYear lock(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER, Role.BOARD);
        return transition(id, FiscalYear::lock);
    }

    private FiscalYear transition(FiscalYearId id, java.util.function.UnaryOperator<FiscalYear> move) {
        return tx.inTransaction(() -> {
            journal.serializeWithPostings();
            FiscalYear next = move.apply(years.findForUpdate(id).orElseThrow(() -> new FiscalYearNotFound(id)));
            years.update(next);
            return next;
        });
    }

    public FiscalYear get(FiscalYearId id) {
        return tx.inTransaction(() -> years.find(id).orElseThrow(() -> new FiscalYearNotFound(id)));
    }

    public List<FiscalYear> all() {
        return tx.inTransaction(years::all);
    }

    /**
     * The year's result in a currency: revenue minus expense over entries dated in the year, closing
     * entries left out (they only carry it into the result account). Positive is a surplus.
     */
    public Money result(FiscalYearId id, Currency currency) {
        FiscalYear year = get(id);
        TrialBalance tb = journal.totals(Actor.system(), year.start(), year.end(), Set.of(EntryKind.CLOSING));
        Money net = Money.zero(currency);
        for (TrialBalanceRow row : tb.rows()) {
            if (row.type().closesAtYearEnd() && row.debits().currency().equals(currency)) net = net.minus(row.balance());
        }
        return net;
    }
}
