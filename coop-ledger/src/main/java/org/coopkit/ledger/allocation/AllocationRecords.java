package org.coopkit.ledger.allocation;

import java.util.Map;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.fiscal.FiscalYearId;

/** Refund choices and posted allocations. Call inside a transaction. */
public interface AllocationRecords {
    /**
     * The refund choices members made for a year.
     *
     * @param year the fiscal year
     * @return each choosing member's choice
     */
    Map<MemberId, RefundChoice> choices(FiscalYearId year);

    /**
     * Stores (or replaces) a member's refund choice.
     *
     * @param year   the fiscal year
     * @param member the member
     * @param choice shares or paid out
     */
    void choose(FiscalYearId year, MemberId member, RefundChoice choice);

    /**
     * The allocation posted for a year.
     *
     * @param year the fiscal year
     * @return the posting, or empty
     */
    Optional<PostedAllocation> posted(FiscalYearId year);

    /**
     * Stores a posted allocation.
     *
     * @param allocation the posting
     */
    void addPosted(PostedAllocation allocation);

    /**
     * Stores a text of an adopted year (its inputs, its JSON report), once.
     *
     * @param year the fiscal year
     * @param kind what the text is, e.g. the inputs or the JSON report
     * @param text the text
     */
    void storeText(FiscalYearId year, String kind, String text);

    /**
     * A stored text of an adopted year.
     *
     * @param year the fiscal year
     * @param kind what the text is
     * @return the text, or empty
     */
    Optional<String> text(FiscalYearId year, String kind);
}
