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
 */
public record PayoutRun(String key, LocalDate executionDate, Instant createdAt, Optional<EntryId> entry, List<Line> lines) {
    /** One member's payable on one account. */
    public record Line(int number, MemberId member, String name, String account, String accountName, Money amount,
                       Optional<String> iban, Status status) {
    }

    public enum Status { PAID, NOT_PAYABLE }

    public PayoutRun {
        lines = List.copyOf(lines);
    }

    public List<Line> paid() {
        return lines.stream().filter(l -> l.status() == Status.PAID).toList();
    }

    public List<Line> notPayable() {
        return lines.stream().filter(l -> l.status() == Status.NOT_PAYABLE).toList();
    }

    public Money totalPaid(java.util.Currency currency) {
        return Money.sum(paid().stream().map(Line::amount).toList(), currency);
    }
}
