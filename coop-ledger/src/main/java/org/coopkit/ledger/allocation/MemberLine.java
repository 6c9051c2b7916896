package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * What one member receives from a year's result.
 *
 * @param volumes        business done per kind (members only)
 * @param sharePercent   their share of the refund pool, in percent, 4 decimals
 * @param refund         patronage refund
 * @param capitalInterest interest on their paid-up capital
 * @param workersShare   their part of the workers' share
 * @param total          refund + interest + workers' share
 * @param member the member
 * @param membershipNumber their membership number
 * @param name their name
 * @param paidUpCapital their paid-up capital
 */
public record MemberLine(MemberId member, long membershipNumber, String name, Money paidUpCapital,
                         Map<PatronageKind, BigDecimal> volumes, BigDecimal sharePercent,
                         Money refund, Money capitalInterest, Money workersShare, Money total) {
    /**
     * Copies the volumes sorted by kind.
     *
     * @param member           the member
     * @param membershipNumber their membership number
     * @param name             their name
     * @param paidUpCapital    their paid-up capital
     * @param volumes          business done per kind (members only)
     * @param sharePercent     their share of the refund pool, in percent, 4 decimals
     * @param refund           patronage refund
     * @param capitalInterest  interest on their paid-up capital
     * @param workersShare     their part of the workers' share
     * @param total            refund + interest + workers' share
     */
    public MemberLine {
        volumes = java.util.Collections.unmodifiableMap(new TreeMap<>(volumes));
    }
}
