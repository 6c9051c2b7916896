package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The draft resolution a board puts to the general assembly to allocate a year's result, worded
 * from the redistribution report. Adopted through core's decision seam with the decision kind
 * {@link SurplusAllocationHandler#KIND} and the payload {@link #decisionPayload}.
 */
public final class DraftResolution {
    private DraftResolution() {
    }

    /**
     * The payload of the decision the resolution carries.
     *
     * @param r the report
     * @return the payload
     */
    public static String decisionPayload(RedistributionReport r) {
        return "{\"fiscalYear\":\"" + r.fiscalYear() + "\"}";
    }

    /**
     * The resolution's text, to put to the general assembly's vote.
     *
     * @param r the report
     * @return the plain-text draft
     */
    public static String text(RedistributionReport r) {
        StringBuilder t = new StringBuilder();
        String result = RedistributionFormats.money(r.result());
        t.append("DRAFT RESOLUTION: allocation of the result of fiscal year ").append(r.fiscalYear()).append("\n\n");
        if (!r.result().isPositive()) {
            t.append("The general assembly, having approved the accounts of fiscal year ").append(r.fiscalYear())
                    .append(" showing a result of ").append(result).append(", resolves to carry it forward in full.")
                    .append(" No refund, interest or share is paid for the year.\n");
            return t.toString();
        }
        t.append("The general assembly, having approved the accounts of fiscal year ").append(r.fiscalYear())
                .append(" showing a surplus of ").append(result).append(", resolves to allocate it under the policy \"")
                .append(r.policyName()).append("\" as follows:\n\n");
        for (WaterfallStep s : r.steps()) {
            t.append(String.format("  %d. %-40s %15s", s.position(), s.name(), RedistributionFormats.money(s.amount())));
            if (!s.rule().isBlank()) t.append("  (").append(s.rule()).append(')');
            t.append('\n');
        }
        t.append(String.format("     %-40s %15s%n", "Total", result));
        if (r.refundPool().isPositive()) {
            t.append("\nPatronage refunds are paid to each member in proportion to the business they did with the co-op in ")
                    .append(r.fiscalYear()).append(" (")
                    .append(r.refundPoolsByKind().entrySet().stream()
                            .map(e -> RedistributionFormats.label(e.getKey()).toLowerCase(java.util.Locale.ROOT) + ": " + RedistributionFormats.money(e.getValue()))
                            .collect(Collectors.joining("; ")))
                    .append(").");
        }
        if (r.nonMemberVolumes().values().stream().anyMatch(v -> v.signum() > 0)) {
            t.append(" Business with non-members (")
                    .append(r.nonMemberVolumes().entrySet().stream().filter(e -> e.getValue().signum() > 0)
                            .map(e -> RedistributionFormats.label(e.getKey()).toLowerCase(java.util.Locale.ROOT) + " "
                                    + RedistributionFormats.plain(e.getValue()))
                            .collect(Collectors.joining("; ")))
                    .append(") gives rise to no refund.");
        }
        t.append("\n\n").append(r.lines().size()).append(" members receive ").append(RedistributionFormats.money(r.totalToMembers()))
                .append(" in total; the amount due to each is listed in the annexed redistribution report. ")
                .append("A member who asked for it receives their refund as new shares instead of a payment.\n");
        t.append("\nThe assembly instructs the board to post this allocation in the books and pay the amounts due.\n");
        return t.toString();
    }

    static String pct(BigDecimal p) {
        return RedistributionFormats.plain(p) + "%";
    }
}
