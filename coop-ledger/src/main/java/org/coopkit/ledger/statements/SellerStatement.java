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
 * @param member the seller, when a member
 * @param membershipNumber their membership number, when a member
 * @param name the seller's name
 * @param address their postal address
 * @param taxId their tax identification number (TIN)
 * @param dateOfBirth their date of birth
 * @param iban their IBAN
 * @param year the calendar year
 * @param quarter the quarter, 1 to 4
 * @param activities the number of activities (sales)
 * @param missing the identifying data missing for DAC7
 */
public record SellerStatement(Optional<MemberId> member, Optional<Long> membershipNumber, String name, PostalAddress address,
                              Optional<String> taxId, Optional<String> taxIdIssuedBy, Optional<LocalDate> dateOfBirth, Optional<String> iban,
                              int year, int quarter, Money gross, long activities, Money fees, String transportType, List<String> missing) {
    /**
     * Copies the missing fields.
     *
     * @param member           the seller, when a member
     * @param membershipNumber their membership number, when a member
     * @param name             the seller's name
     * @param address          their postal address
     * @param taxId            their tax identification number (TIN)
     * @param taxIdIssuedBy    the country that issued the TIN (ISO 3166-1 alpha-2): the country of the seller's address, as the co-op records the TIN of the country of residence
     * @param dateOfBirth      their date of birth
     * @param iban             their IBAN
     * @param year             the calendar year
     * @param quarter          the quarter, 1 to 4
     * @param gross            the consideration: what users paid for the seller's activities, before fees
     * @param activities       the number of activities (sales)
     * @param fees             fees and commissions the platform withheld
     * @param transportType    the type of transport rented (DAC7 rental of any mode of transport)
     * @param missing          the identifying data missing for DAC7
     */
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
