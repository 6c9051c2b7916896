package org.coopkit.ledger.allocation;

import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Refund choices and posted allocations. Call inside a transaction. */
public interface AllocationRecords {
    Map<MemberId, RefundChoice> choices(FiscalYearId year);

    void choose(FiscalYearId year, MemberId member, RefundChoice choice);

    Optional<PostedAllocation> posted(FiscalYearId year);

    void addPosted(PostedAllocation allocation);
}
