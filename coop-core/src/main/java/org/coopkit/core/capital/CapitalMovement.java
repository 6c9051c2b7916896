package org.coopkit.core.capital;

import java.time.LocalDate;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * One line of a member's capital account, dated: a subscription of shares, a payment (in money, or
 * from a patronage refund the member took as shares), or a redemption. The account on a day is the
 * sum of the movements dated up to it.
 */
public record CapitalMovement(String id, MemberId member, Kind kind, int shares, Money amount, LocalDate on, String memo) {
    /** What a capital movement does: a member subscribes shares, pays them up (in money or from a refund), or is paid back. */
    public enum Kind {
        SUBSCRIPTION, PAYMENT, REDEMPTION,
        /** Paid from a refund the member chose to take as shares: no money moves, the refund due becomes capital. */
        PAYMENT_FROM_REFUND;

        public boolean isPayment() {
            return this == PAYMENT || this == PAYMENT_FROM_REFUND;
        }
    }
}
