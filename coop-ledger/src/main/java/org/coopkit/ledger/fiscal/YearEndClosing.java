package org.coopkit.ledger.fiscal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.money.Money;
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
 * The year-end closing: one entry, dated on the year's last day, that empties every revenue and
 * expense account (and member sub-account) into the result account; previewed first, with a
 * fingerprint of the closing as it stands, so the treasurer confirms what they saw. The postings
 * are serialised with the journal's while the balances are read.
 */
final class YearEndClosing {
    private final Transactions tx;
    private final FiscalYears years;
    private final Accounts accounts;
    private final Journal journal;
    private final AuditLog audit;
    private final Clock clock;

    YearEndClosing(Transactions tx, FiscalYears years, Accounts accounts, Journal journal, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.years = years;
        this.accounts = accounts;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closes the year, as previewed when a fingerprint is given; the caller checked the actor. */
    ClosingResult close(Actor actor, FiscalYearId id, Optional<String> fingerprint) {
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

    /** What closing the year would post, with the fingerprint of that closing. */
    ClosingPreview preview(FiscalYear year) {
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

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
