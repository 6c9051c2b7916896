package org.coopkit.ledger.patronage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.journal.EntryId;

/**
 * Business done with the co-op, as recorded. {@link #partyKind()} says whether it counts towards a
 * patronage refund: only business done by a member while a member does.
 */
public record PatronageRecord(String id, SourceId source, PartyKind partyKind, Optional<MemberId> member, String party,
                              LocalDate date, PatronageKind kind, BigDecimal volume, Money amount, Money fees,
                              Optional<EntryId> entry, Optional<String> activityRef) {
    /**
     * Whether the business counts towards a refund (done by a member).
     *
     * @return true for member business
     */
    public boolean byMember() {
        return partyKind == PartyKind.MEMBER;
    }
}
