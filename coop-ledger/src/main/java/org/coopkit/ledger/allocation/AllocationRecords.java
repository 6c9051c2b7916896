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

    /** Stores a text of an adopted year (its inputs, its JSON report), once. */
    void storeText(FiscalYearId year, String kind, String text);

    Optional<String> text(FiscalYearId year, String kind);
}
