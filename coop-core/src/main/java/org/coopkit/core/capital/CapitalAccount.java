package org.coopkit.core.capital;

import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * A member's share capital at a glance.
 *
 * @param shares     shares subscribed
 * @param subscribed shares × nominal
 * @param paid       paid up so far
 * @param redeemed   paid back at withdrawal
 */
public record CapitalAccount(MemberId member, long membershipNumber, String name, int shares, Money subscribed, Money paid, Money redeemed) {
    /** Capital still held for the member: paid minus redeemed. */
    public Money held() {
        return paid.minus(redeemed);
    }

    /** Subscribed but not paid yet. */
    public Money unpaid() {
        return subscribed.minus(paid);
    }
}
