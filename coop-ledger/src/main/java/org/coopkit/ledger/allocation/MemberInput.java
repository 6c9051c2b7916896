package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * What the redistribution needs to know of one member: their number (the tie-break order), their
 * paid-up capital and the volume of business they did per kind.
 *
 * @param member the member
 * @param membershipNumber their membership number
 * @param name their name, as the report shows it
 * @param paidUpCapital their paid-up capital (the basis of the interest)
 * @param volumes their volume of business per kind
 */
public record MemberInput(MemberId member, long membershipNumber, String name, Money paidUpCapital,
                          Map<PatronageKind, BigDecimal> volumes) {
    /**
     * Checks the member, name and capital; copies the volumes sorted by kind.
     *
     * @param member           the member
     * @param membershipNumber their membership number
     * @param name             their name, as the report shows it
     * @param paidUpCapital    their paid-up capital (the basis of the interest)
     * @param volumes          their volume of business per kind
     * @throws NullPointerException when one of them is null
     */
    public MemberInput {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(paidUpCapital, "paidUpCapital");
        volumes = java.util.Collections.unmodifiableMap(new TreeMap<>(volumes));
    }

    /**
     * The member's volume of a kind of business.
     *
     * @param kind the kind
     * @return the volume, zero when none
     */
    public BigDecimal volume(PatronageKind kind) {
        return volumes.getOrDefault(kind, BigDecimal.ZERO);
    }
}
