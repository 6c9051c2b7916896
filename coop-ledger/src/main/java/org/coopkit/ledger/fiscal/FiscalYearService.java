package org.coopkit.ledger.fiscal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Constraints;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.ledger.accounts.Accounts;
import org.coopkit.ledger.journal.EntryKind;
import org.coopkit.ledger.journal.Journal;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.journal.TrialBalanceRow;

/**
 * Fiscal years: open, close on or after their last day (preview the closing entries, then confirm
 * them; they move every revenue and expense balance into the result account), reopen before
 * approval with a reason, lock after the general assembly approved the accounts. Every move is in
 * the audit log. The year-end closing itself (preview, fingerprint, closing entry) is the
 * package-private {@code YearEndClosing}'s; this class is the one public entry point.
 */
public final class FiscalYearService {
    private final Transactions tx;
    private final FiscalYears years;
    private final Journal journal;
    private final AuditLog audit;
    private final YearEndClosing closing;

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
        this.journal = journal;
        this.audit = audit;
        this.closing = new YearEndClosing(tx, years, accounts, journal, audit, clock);
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
        return tx.inTransaction(() -> closing.preview(years.find(id).orElseThrow(() -> new FiscalYearNotFound(id))));
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
        return closing.close(actor, id, Optional.of(fingerprint.strip()));
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
        return closing.close(actor, id, Optional.empty());
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

    private FiscalYear transition(Actor actor, FiscalYearId id, UnaryOperator<FiscalYear> move, String action, String data) {
        return tx.inTransaction(() -> {
            journal.serializeWithPostings();
            FiscalYear next = move.apply(years.findForUpdate(id).orElseThrow(() -> new FiscalYearNotFound(id)));
            years.update(next);
            audit.record(actor, action, id.value(), data);
            return next;
        });
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
        Objects.requireNonNull(actor, "actor");
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
