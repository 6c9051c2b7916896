package org.coopkit.core.capital;

import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * A member's share capital at a glance.
 *
 * @param member           the member
 * @param membershipNumber the member's number in the register
 * @param name             the member's name
 * @param shares     shares subscribed
 * @param subscribed shares × nominal
 * @param paid       paid up so far
 * @param redeemed   paid back at withdrawal
 */
public record CapitalAccount(MemberId member, long membershipNumber, String name, int shares, Money subscribed, Money paid, Money redeemed) {
    /**
     * Capital still held for the member.
     *
     * @return paid minus redeemed
     */
    public Money held() {
        return paid.minus(redeemed);
    }

    /**
     * Capital subscribed but not paid yet.
     *
     * @return subscribed minus paid
     */
    public Money unpaid() {
        return subscribed.minus(paid);
    }
}
