package org.coopkit.ledger.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.money.Money;

/**
 * A posted journal entry: immutable, balanced per currency, linked to the previous entry by
 * {@link #previousHash()} and sealed by {@link #hash()} (SHA-256 of the previous hash and this
 * entry's canonical form). Never updated nor deleted: a mistake is corrected by a reversing entry
 * whose {@link #reverses()} names this one.
 *
 * @param number the position in the chain, 1, 2, 3… without gaps
 * @param id the entry's id
 * @param date the posting date
 * @param period the fiscal year and month of the date
 * @param kind regular, reversal, closing or allocation
 * @param memo what the entry is for
 * @param key the idempotency key it was posted under
 * @param reverses the entry it reverses, for a reversal
 * @param lines the lines, balanced per currency
 * @param postedAt when it was posted
 * @param postedBy who posted it (the actor's name)
 * @param previousHash the hash of the entry before it
 * @param hash SHA-256 of the previous hash and this entry's canonical form
 */
public record JournalEntry(EntryId id, long number, LocalDate date, FiscalPeriod period, EntryKind kind, String memo,
                           IdempotencyKey key, Optional<EntryId> reverses, List<JournalLine> lines,
                           Instant postedAt, String postedBy, String previousHash, String hash) {
    /**
     * Copies the lines.
     *
     * @param id           the entry's id
     * @param number       the position in the chain, 1, 2, 3… without gaps
     * @param date         the posting date
     * @param period       the fiscal year and month of the date
     * @param kind         regular, reversal, closing or allocation
     * @param memo         what the entry is for
     * @param key          the idempotency key it was posted under
     * @param reverses     the entry it reverses, for a reversal
     * @param lines        the lines, balanced per currency
     * @param postedAt     when it was posted
     * @param postedBy     who posted it (the actor's name)
     * @param previousHash the hash of the entry before it
     * @param hash         SHA-256 of the previous hash and this entry's canonical form
     */
    public JournalEntry {
        lines = List.copyOf(lines);
    }

    /**
     * The currencies this entry moves, in line order.
     *
     * @return the currencies
     */
    public Set<Currency> currencies() {
        Set<Currency> set = new LinkedHashSet<>();
        lines.forEach(l -> set.add(l.amount().currency()));
        return set;
    }

    /**
     * Sum of the debit lines in a currency.
     *
     * @param currency the currency
     * @return the total debits
     */
    public Money debits(Currency currency) {
        return Money.sum(lines.stream().filter(l -> l.side() == Side.DEBIT && l.amount().currency().equals(currency))
                .map(JournalLine::amount).toList(), currency);
    }

    /**
     * Sum of the credit lines in a currency.
     *
     * @param currency the currency
     * @return the total credits
     */
    public Money credits(Currency currency) {
        return Money.sum(lines.stream().filter(l -> l.side() == Side.CREDIT && l.amount().currency().equals(currency))
                .map(JournalLine::amount).toList(), currency);
    }
}
