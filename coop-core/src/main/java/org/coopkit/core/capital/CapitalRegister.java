package org.coopkit.core.capital;

import java.util.List;
import org.coopkit.core.money.Money;

/** The co-op's capital register: one account per member and the totals. */
public record CapitalRegister(List<CapitalAccount> accounts, long totalShares, Money totalSubscribed, Money totalPaid, Money totalRedeemed) {
    /**
     * Capital the co-op still holds.
     *
     * @return total paid minus total redeemed
     */
    public Money totalHeld() {
        return totalPaid.minus(totalRedeemed);
    }
}
