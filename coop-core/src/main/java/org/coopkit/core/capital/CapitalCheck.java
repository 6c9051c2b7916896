package org.coopkit.core.capital;

import java.time.LocalDate;
import java.util.List;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;

/**
 * The capital register compared with the books on a day: every member where the capital held
 * differs is named, with both figures.
 *
 * @param at             the day compared, at its end
 * @param booksConnected false when no {@link CapitalBooks} are connected (nothing to compare with)
 * @param membersChecked how many members were compared
 * @param differences    the members whose figures differ
 */
public record CapitalCheck(LocalDate at, boolean booksConnected, int membersChecked, List<Difference> differences) {
    /**
     * A member whose capital in the register is not what the books hold.
     *
     * @param member           the member
     * @param membershipNumber the member's number in the register
     * @param name             the member's name
     * @param register         capital held according to the register
     * @param books            capital held according to the books
     */
    public record Difference(MemberId member, long membershipNumber, String name, Money register, Money books) {
    }

    /**
     * Copies {@code differences} so the check cannot change afterwards.
     *
     * @param at             the day compared, at its end
     * @param booksConnected false when no {@link CapitalBooks} are connected (nothing to compare with)
     * @param membersChecked how many members were compared
     * @param differences    the members whose figures differ
     */
    public CapitalCheck {
        differences = List.copyOf(differences);
    }

    /**
     * Whether register and books agree.
     *
     * @return true when no member differs
     */
    public boolean agrees() {
        return differences.isEmpty();
    }
}
