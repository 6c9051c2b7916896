package org.coopkit.ledger.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;

/**
 * What one seller earned through the platform in a quarter, in the shape of the EU DAC7 report:
 * the consideration (what the platform's users paid for the seller's activities), the fees and
 * commissions the platform withheld from it, the net credited to the seller, the number of
 * activities, and their identifying data. {@link #missing()} names every identifying field the
 * co-op does not hold (it is reported, not silently left out).
 *
 * @param gross          the consideration: what users paid for the seller's activities, before fees
 * @param fees           fees and commissions the platform withheld
 * @param taxIdIssuedBy  the country that issued the TIN (ISO 3166-1 alpha-2): the country of the
 *                       seller's address, as the co-op records the TIN of the country of residence
 * @param transportType  the type of transport rented (DAC7 rental of any mode of transport)
 */
public record SellerStatement(Optional<MemberId> member, Optional<Long> membershipNumber, String name, PostalAddress address,
                              Optional<String> taxId, Optional<String> taxIdIssuedBy, Optional<LocalDate> dateOfBirth, Optional<String> iban,
                              int year, int quarter, Money gross, long activities, Money fees, String transportType, List<String> missing) {
    /** Copies the missing fields. */
    public SellerStatement {
        missing = List.copyOf(missing);
    }

    /**
     * Consideration minus fees: what was credited to the seller.
     *
     * @return gross minus fees
     */
    public Money net() {
        return gross.minus(fees);
    }

    /**
     * Whether no identifying data is missing.
     *
     * @return true when the statement can be filed
     */
    public boolean complete() {
        return missing.isEmpty();
    }
}
