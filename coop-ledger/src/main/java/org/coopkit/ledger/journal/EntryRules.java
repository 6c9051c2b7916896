package org.coopkit.ledger.journal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.money.Money;

/**
 * The double-entry rules an entry is checked against before any transaction (no database needed):
 * at least two lines, positive amounts, a bounded memo, and balanced per currency
 * ({@link UnbalancedEntry} names each currency that is off); and a retried key must carry the
 * content it was first posted with ({@link IdempotencyKeyReused}).
 */
final class EntryRules {
    private static final int MAX_MEMO = 300;

    private EntryRules() {
    }

    /** Checks the shape and the balance of an entry. */
    static void checkShape(PostEntry command) {
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

    /** The entry already posted with the command's key, when it has the same content; else refused. */
    static JournalEntry sameOrRefuse(JournalEntry existing, PostEntry command) {
        boolean same = existing.date().equals(command.date()) && existing.lines().equals(command.lines())
                && existing.memo().equals(command.memo());
        if (!same) throw new IdempotencyKeyReused(command.key(), existing.number());
        return existing;
    }
}
