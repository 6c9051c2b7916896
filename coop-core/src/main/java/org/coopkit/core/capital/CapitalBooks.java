package org.coopkit.core.capital;

import java.time.LocalDate;
import java.util.Map;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * The port through which the capital register reaches the co-op's books: core defines it, a
 * ledger implements it (core never depends on a ledger), the application connects the two with
 * {@link CapitalService#connectBooks}. {@link #post} runs inside the transaction that records the
 * movement, so the register and the books commit together or not at all; a refusal from the books
 * (e.g. the fiscal year of the day is closed) refuses the movement.
 */
public interface CapitalBooks {
    /**
     * Posts the journal entry of one capital movement (called inside the movement's transaction).
     *
     * @param movement the movement just recorded
     */
    void post(CapitalMovement movement);

    /**
     * Capital held per member according to the books at the end of {@code at}.
     *
     * @param at the day
     * @return capital held, per member the books know of
     */
    Map<MemberId, Money> heldInBooks(LocalDate at);

    /** No books connected: the register stands alone (a co-op without coop-ledger). */
    CapitalBooks NONE = new CapitalBooks() {
        @Override
        public void post(CapitalMovement movement) {
        }

        @Override
        public Map<MemberId, Money> heldInBooks(LocalDate at) {
            return Map.of();
        }
    };
}
