package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * Everything a redistribution is computed from, read from the books at the end of a fiscal year.
 *
 * @param fiscalYear       the year's code
 * @param result           the year's result (revenue minus expense); negative for a loss
 * @param legalReserve     the legal reserve before this allocation
 * @param capital          the capital the legal reserve is measured against
 * @param members          one input per member with capital or business (any order)
 * @param nonMemberVolumes business by non-members per kind: shown, never refunded
 */
public record RedistributionInputs(String fiscalYear, Money result, Money legalReserve, Money capital,
                                   List<MemberInput> members, Map<PatronageKind, BigDecimal> nonMemberVolumes) {
    /**
     * Checks the figures and copies the members and volumes.
     *
     * @param fiscalYear       the year's code
     * @param result           the year's result (revenue minus expense); negative for a loss
     * @param legalReserve     the legal reserve before this allocation
     * @param capital          the capital the legal reserve is measured against
     * @param members          one input per member with capital or business (any order)
     * @param nonMemberVolumes business by non-members per kind: shown, never refunded
     * @throws NullPointerException when the year, result, legal reserve or capital is null
     */
    public RedistributionInputs {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(legalReserve, "legalReserve");
        Objects.requireNonNull(capital, "capital");
        members = List.copyOf(members);
        nonMemberVolumes = java.util.Collections.unmodifiableMap(new TreeMap<>(nonMemberVolumes));
    }
}
