package org.coopkit.core.capital;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * The capital register compared with the books on a day: every member where the capital held
 * differs is named, with both figures.
 */
public record CapitalCheck(LocalDate at, boolean booksConnected, int membersChecked, List<Difference> differences) {
    /** A member whose capital in the register is not what the books hold. */
    public record Difference(MemberId member, long membershipNumber, String name, Money register, Money books) {
    }

    public CapitalCheck {
        differences = List.copyOf(differences);
    }

    public boolean agrees() {
        return differences.isEmpty();
    }
}
