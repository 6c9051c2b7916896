package org.coopkit.ledger.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.EntryId;

/**
 * A payout run: what was paid (bank against each payable) and what could not be (no IBAN: listed,
 * still due). Retrying a run with the same key returns it and pays nothing again.
 *
 * @param key           the run's key
 * @param executionDate the requested execution date of the transfer
 * @param createdAt     when the run was made
 * @param entry         the journal entry of the payments, empty when nothing was paid
 * @param lines         every line, paid or not
 */
public record PayoutRun(String key, LocalDate executionDate, Instant createdAt, Optional<EntryId> entry, List<Line> lines) {
    /**
     * One member's payable on one account.
     *
     * @param number the line's position in the run
     * @param member the member paid
     * @param name their name
     * @param account the payable account's code
     * @param accountName its name
     * @param amount what is paid
     * @param iban the member's IBAN, empty when none is valid
     * @param status paid or not payable
     */
    public record Line(int number, MemberId member, String name, String account, String accountName, Money amount,
                       Optional<String> iban, Status status) {
    }

    /** Whether a line was paid. */
    public enum Status {
        /** Paid by this run's transfer. */
        PAID,
        /** Not paid: the member has no valid IBAN; it stays due. */
        NOT_PAYABLE
    }

    /**
     * Copies the lines.
     *
     * @param key           the run's key
     * @param executionDate the requested execution date of the transfer
     * @param createdAt     when the run was made
     * @param entry         the journal entry of the payments, empty when nothing was paid
     * @param lines         every line, paid or not
     */
    public PayoutRun {
        lines = List.copyOf(lines);
    }

    /**
     * The lines paid by this run.
     *
     * @return the paid lines
     */
    public List<Line> paid() {
        return lines.stream().filter(l -> l.status() == Status.PAID).toList();
    }

    /**
     * The lines left due for want of an IBAN.
     *
     * @return the lines not paid
     */
    public List<Line> notPayable() {
        return lines.stream().filter(l -> l.status() == Status.NOT_PAYABLE).toList();
    }

    /**
     * What the run paid in all.
     *
     * @param currency the co-op's currency
     * @return the sum of the paid lines
     */
    public Money totalPaid(java.util.Currency currency) {
        return Money.sum(paid().stream().map(Line::amount).toList(), currency);
    }
}
