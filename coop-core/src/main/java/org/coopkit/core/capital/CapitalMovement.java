package org.coopkit.core.capital;

import java.time.LocalDate;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * One line of a member's capital account, dated: a subscription of shares, a payment (in money, or
 * from a patronage refund the member took as shares), or a redemption. The account on a day is the
 * sum of the movements dated up to it.
 *
 * @param id     the movement's identifier
 * @param member the member whose account it is
 * @param kind   what the movement does
 * @param shares number of shares subscribed (0 for payments and redemptions)
 * @param amount the money concerned, in the co-op's currency
 * @param on     the day the movement takes effect
 * @param memo   free text, e.g. a bank reference
 */
public record CapitalMovement(String id, MemberId member, Kind kind, int shares, Money amount, LocalDate on, String memo) {
    /** What a capital movement does: a member subscribes shares, pays them up (in money or from a refund), or is paid back. */
    public enum Kind {
        /** The member subscribes shares; they are owed until paid. */
        SUBSCRIPTION,
        /** The member pays up subscribed shares in money. */
        PAYMENT,
        /** The co-op pays capital back, at withdrawal. */
        REDEMPTION,
        /** Paid from a refund the member chose to take as shares: no money moves, the refund due becomes capital. */
        PAYMENT_FROM_REFUND;

        /**
         * Whether this kind pays up shares.
         *
         * @return true for {@link #PAYMENT} and {@link #PAYMENT_FROM_REFUND}
         */
        public boolean isPayment() {
            return this == PAYMENT || this == PAYMENT_FROM_REFUND;
        }
    }
}
