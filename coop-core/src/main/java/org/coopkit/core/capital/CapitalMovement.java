package org.coopkit.core.capital;

import java.time.LocalDate;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/** One line of a member's capital account: a subscription of shares, a payment, or a redemption. */
public record CapitalMovement(String id, MemberId member, Kind kind, int shares, Money amount, LocalDate on, String memo) {
    /** What a capital movement does: a member subscribes shares, pays them up, or is paid back. */
    public enum Kind { SUBSCRIPTION, PAYMENT, REDEMPTION }
}
