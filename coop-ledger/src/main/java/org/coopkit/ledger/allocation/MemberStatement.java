package org.coopkit.ledger.allocation;

import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageTotals;

/**
 * What a member did with the co-op in a fiscal year and what comes back to them.
 *
 * @param patronage     their business per kind (members' business only)
 * @param paidUpCapital their paid-up capital (as core's register holds it now)
 * @param line          their line of the redistribution (absent when they have nothing)
 * @param refundChoice  paid out or as shares
 * @param posted        true once the general assembly adopted the allocation and it is in the books
 */
public record MemberStatement(MemberId member, String name, long membershipNumber, String fiscalYear, PatronageTotals patronage,
                              Money paidUpCapital, Optional<MemberLine> line, RefundChoice refundChoice, boolean posted) {
    /**
     * The member's refund for the year.
     *
     * @return the refund, zero without a line
     */
    public Money refund() {
        return line.map(MemberLine::refund).orElse(Money.zero(paidUpCapital.currency()));
    }

    /**
     * The member's interest on capital for the year.
     *
     * @return the interest, zero without a line
     */
    public Money capitalInterest() {
        return line.map(MemberLine::capitalInterest).orElse(Money.zero(paidUpCapital.currency()));
    }

    /**
     * Everything allocated to the member for the year.
     *
     * @return the total, zero without a line
     */
    public Money total() {
        return line.map(MemberLine::total).orElse(Money.zero(paidUpCapital.currency()));
    }
}
