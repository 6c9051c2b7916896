package org.coopkit.ledger.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.PostalAddress;
import org.coopkit.core.money.Money;

/**
 * What one seller earned through the platform in a quarter, in the shape of the EU DAC7 report:
 * the gross amount paid to them, the number of activities, the fees and commissions withheld, and
 * their identifying data. {@link #missing()} names every identifying field the co-op does not hold
 * (it is reported, not silently left out).
 */
public record SellerStatement(Optional<MemberId> member, Optional<Long> membershipNumber, String name, PostalAddress address,
                              Optional<String> taxId, Optional<LocalDate> dateOfBirth, Optional<String> iban,
                              int year, int quarter, Money gross, long activities, Money fees, List<String> missing) {
    public SellerStatement {
        missing = List.copyOf(missing);
    }

    /** Gross minus fees: what the seller was actually paid. */
    public Money net() {
        return gross.minus(fees);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
