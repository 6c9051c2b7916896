package org.coopkit.ledger.fiscal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
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
 * Fiscal years: open, close on or after their last day (preview the closing entries, then confirm
 * them; they move every revenue and expense balance into the result account), reopen before
 * approval with a reason, lock after the general assembly approved the accounts. Every move is in
 * the audit log.
 */
public final class FiscalYearService {
    private final Transactions tx;
    private final FiscalYears years;
    private final Accounts accounts;
    private final Journal journal;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Wiring for {@link org.coopkit.ledger.LedgerModule}, which builds it: embedding apps take it from
     * {@code LedgerModule.fiscalYears()}.
     *
     * @param tx the module's transactions
     * @param years the fiscal years' repository
     * @param accounts the chart's accounts (the result account the closing posts to)
     * @param journal the journal the closing entries go to
     * @param audit the audit log
     * @param clock the clock
     */
    public FiscalYearService(Transactions tx, FiscalYears years, Accounts accounts, Journal journal, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.years = years;
        this.accounts = accounts;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a fiscal year (treasurer); refuses a year overlapping another.
     *
     * @param actor the caller; needs {@code TREASURER}
     * @param year  the new year, in status OPEN
     * @return the opened year
     * @throws InvalidFiscalYear when the year is not OPEN, exists already or overlaps another
     */
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
     * What closing the year would post (treasurer): the closing lines, the result, whether the year
     * can be closed today, and the fingerprint to confirm with ({@link #close(Actor, FiscalYearId, String)}).
     *
     * @param actor the caller; needs {@code TREASURER}
     * @param id    the year to close
     * @return the preview with its fingerprint
     */
    public ClosingPreview previewClosing(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER);
        return tx.inTransaction(() -> preview(years.find(id).orElseThrow(() -> new FiscalYearNotFound(id))));
    }

    /**
     * Closes a year as previewed (treasurer): refused unless {@code fingerprint} is that of the
     * closing as it stands now ({@link ClosingPreviewOutdated}), before the year's last day
     * ({@link YearNotEnded}), or when the year is not open.
     *
     * @param actor       the caller; needs {@code TREASURER}
     * @param id          the year to close
     * @param fingerprint the fingerprint of the preview being confirmed
     * @return the closing entry and the result
     * @throws InvalidInput           when no fingerprint is given
     * @throws ClosingPreviewOutdated when the closing changed since the preview
     * @throws YearNotEnded           before the year's last day
     */
    public ClosingResult close(Actor actor, FiscalYearId id, String fingerprint) {
        actor.require(Role.TREASURER);
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new InvalidInput("fingerprint", "confirm the closing you previewed: give the fingerprint of its preview");
        }
        return closeChecked(actor, id, Optional.of(fingerprint.strip()));
    }

    /**
     * Closes a year (treasurer) without a preview, for programs: posts, dated on its last day, one
     * closing entry that empties every revenue and expense account (and member sub-account) into
     * the result account, then refuses any further posting dated in the year. Refused before the
     * year's last day ({@link YearNotEnded}).
     *
     * @param actor the caller; needs {@code TREASURER}
     * @param id    the year to close
     * @return the closing entry and the result
     * @throws YearNotEnded before the year's last day
     */
    public ClosingResult close(Actor actor, FiscalYearId id) {
        actor.require(Role.TREASURER);
        return closeChecked(actor, id, Optional.empty());
    }

    private ClosingResult closeChecked(Actor actor, FiscalYearId id, Optional<String> fingerprint) {
        return tx.inTransaction(() -> {
            journal.serializeWithPostings(); // no posting commits while we read the balances
            FiscalYear year = years.findForUpdate(id).orElseThrow(() -> new FiscalYearNotFound(id));
            FiscalYear closed = year.close();
            LocalDate today = LocalDate.now(clock);
            if (today.isBefore(year.end())) throw new YearNotEnded(id, year.end(), today);
            ClosingPreview preview = preview(year);
            if (fingerprint.isPresent() && !fingerprint.get().equals(preview.fingerprint())) throw new ClosingPreviewOutdated(id);
            Optional<JournalEntry> entry = Optional.empty();
            if (preview.lines().size() >= 2) {
                entry = Optional.of(journal.post(actor, new PostEntry(
                        IdempotencyKey.of("closing:" + id + ":" + closed.closings()), year.end(),
                        "Closing of fiscal year " + id + (closed.closings() > 1 ? " (closing " + closed.closings() + ")" : ""),
                        EntryKind.CLOSING, preview.lines())));
            }
            years.update(closed);
            audit.record(actor, "ledger.fiscal-year-closed", id.value(), "closing " + closed.closings() + ", result " + preview.results());
            return new ClosingResult(closed, entry, preview.results());
        });
    }

    private ClosingPreview preview(FiscalYear year) {
        AccountRef result = AccountRef.of(accounts.withRole(AccountRole.RESULT)
                .orElseThrow(() -> new UnknownAccount("with role RESULT")).code());
        TrialBalance tb = journal.totals(Actor.system(), year.start(), year.end(), Set.of());
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
        StringBuilder canonical = new StringBuilder(year.id().value()).append('|').append(year.closings());
        for (JournalLine l : lines) canonical.append('|').append(l.account()).append(':').append(l.side()).append(':').append(l.amount());
        LocalDate today = LocalDate.now(clock);
        return new ClosingPreview(year, year.end(), lines, results, year.end(),
                year.status() == FiscalYearStatus.OPEN && !today.isBefore(year.end()), sha256(canonical.toString()).substring(0, 16));
    }

    /**
     * Reopens a closed year for a late adjustment (board or treasurer), with the reason recorded in
     * the audit log; a locked year, or one whose accounts the members approved ({@link AccountsApproved}), stays shut.
     *
     * @param actor  the caller; needs {@code TREASURER} or {@code BOARD}
     * @param id     the closed year
     * @param reason why it is reopened, at most 500 characters
     * @return the reopened year
     * @throws InvalidInput when the reason is blank or too long
     */
    public FiscalYear reopen(Actor actor, FiscalYearId id, String reason) {
        actor.require(Role.TREASURER, Role.BOARD);
        String why = reason(reason, "reason", "say why the year is reopened (e.g. a late supplier invoice)");
        return transition(actor, id, y -> y.reopen(years.approval(id)), "ledger.fiscal-year-reopened", why);
    }

    /**
     * Locks a closed year for good (treasurer or board), once the general assembly approved its
     * accounts; {@code approval} names that decision (assembly, date, resolution) and is audited.
     *
     * @param actor    the caller; needs {@code TREASURER} or {@code BOARD}
     * @param id       the closed year
     * @param approval the assembly decision that approved the accounts, at most 500 characters
     * @return the locked year
     * @throws InvalidInput when the approval is blank or too long
     */
    public FiscalYear lock(Actor actor, FiscalYearId id, String approval) {
        actor.require(Role.TREASURER, Role.BOARD);
        String what = reason(approval, "approval", "name the assembly decision that approved the accounts");
        return transition(actor, id, FiscalYear::lock, "ledger.fiscal-year-locked", what);
    }

    private static String reason(String text, String field, String hint) {
        if (text == null || text.isBlank()) throw new InvalidInput(field, "is required: " + hint);
        if (text.strip().length() > 500) throw new InvalidInput(field, "must be at most 500 characters");
        return text.strip();
    }

    private FiscalYear transition(Actor actor, FiscalYearId id, java.util.function.UnaryOperator<FiscalYear> move, String action, String data) {
        return tx.inTransaction(() -> {
            journal.serializeWithPostings();
            FiscalYear next = move.apply(years.findForUpdate(id).orElseThrow(() -> new FiscalYearNotFound(id)));
            years.update(next);
            audit.record(actor, action, id.value(), data);
            return next;
        });
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a day the journal would refuse to post on, with the journal's own message: the same rule
     * ({@link FiscalCalendar}) names the closed year and the open year to date the activity in. For a
     * service that must refuse before it computes what it would post.
     *
     * @param actor the actor asking; any actor may ask (it reveals only what a posting would)
     * @param day the day an entry would be dated
     * @throws FiscalYearClosed when the day is in a closed or locked year
     * @throws NoFiscalYear when no fiscal year contains the day
     */
    public void requirePostable(Actor actor, LocalDate day) {
        java.util.Objects.requireNonNull(actor, "actor");
        new FiscalCalendar(years).periodFor(day);
    }

    /**
     * One fiscal year: its dates and status (open, closed, locked). A person with a member id (an applicant
     * or a member: each is shown their own statement per year) may read it, as may the TREASURER and the
     * BOARD; an anonymous caller or a technical account without member id is refused before the year is
     * looked up.
     *
     * @param actor who reads: a person with a member id, the treasurer or the board
     * @param id the year
     * @return the year
     * @throws FiscalYearNotFound if no year has that id
     */
    public FiscalYear get(Actor actor, FiscalYearId id) {
        requireReader(actor);
        return find(id);
    }

    /**
     * Every fiscal year, with its dates and status. Readable as {@link #get}: a person with a member id, the
     * TREASURER or the BOARD; anyone else is refused.
     *
     * @param actor who reads: a person with a member id, the treasurer or the board
     * @return the years
     */
    public List<FiscalYear> all(Actor actor) {
        requireReader(actor);
        return tx.inTransaction(years::all);
    }

    private static void requireReader(Actor actor) {
        if (actor.memberId().isEmpty()) actor.require(Role.TREASURER, Role.BOARD);
    }

    private FiscalYear find(FiscalYearId id) {
        return tx.inTransaction(() -> years.find(id).orElseThrow(() -> new FiscalYearNotFound(id)));
    }

    /**
     * The year's result in a currency: revenue minus expense over entries dated in the year, closing
     * entries left out (they only carry it into the result account). Positive is a surplus. A figure of
     * the books: the TREASURER or the BOARD may read it (members see it in the redistribution report put
     * to their vote); anyone else is refused.
     *
     * @param actor who reads: the treasurer or the board
     * @param id the year
     * @param currency the currency of the result
     * @return the result, negative for a loss
     * @throws FiscalYearNotFound if no year has that id
     */
    public Money result(Actor actor, FiscalYearId id, Currency currency) {
        actor.require(Role.TREASURER, Role.BOARD);
        FiscalYear year = find(id);
        TrialBalance tb = journal.totals(Actor.system(), year.start(), year.end(), Set.of(EntryKind.CLOSING));
        Money net = Money.zero(currency);
        for (TrialBalanceRow row : tb.rows()) {
            if (row.type().closesAtYearEnd() && row.debits().currency().equals(currency)) net = net.minus(row.balance());
        }
        return net;
    }
}
