package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.coopkit.core.money.Money;
import org.coopkit.ledger.patronage.PatronageKind;

/**
 * The redistribution report as HTML: a fragment an application embeds in its own page, or a whole
 * page. The chart is an SVG bar per waterfall step, each labelled with its name and amount in text
 * and drawn with its own hatching, so it reads without colour and with a screen reader (the same
 * figures are in the tables).
 */
public final class RedistributionHtml {
    private static final String[] PATTERNS = {"solid", "hatch", "cross", "dots", "vertical", "horizontal", "blank"};

    private RedistributionHtml() {
    }

    /**
     * A complete HTML page around {@link #fragment}.
     *
     * @param r the report
     * @return the HTML page
     */
    public static String page(RedistributionReport r) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Redistribution of fiscal year " + esc(r.fiscalYear()) + "</title>\n"
                + "<style>table{border-collapse:collapse}th,td{border:1px solid #444;padding:.25em .5em}"
                + "td.num{text-align:right;font-variant-numeric:tabular-nums}</style>\n</head>\n<body>\n<main>\n"
                + fragment(r) + "</main>\n</body>\n</html>\n";
    }

    /**
     * A {@code <section>} with the waterfall chart and table and the members' table.
     *
     * @param r the report
     * @return the HTML fragment
     */
    public static String fragment(RedistributionReport r) {
        StringBuilder h = new StringBuilder(4096);
        String cur = r.result().currencyCode();
        h.append("<section class=\"coopkit-redistribution\" aria-labelledby=\"redistribution-title\">\n");
        h.append("<h2 id=\"redistribution-title\">Redistribution of fiscal year ").append(esc(r.fiscalYear())).append("</h2>\n");
        h.append("<p>Result of the year: <strong>").append(money(r.result())).append("</strong>, allocated under the policy <em>")
                .append(esc(r.policyName())).append("</em>.</p>\n");
        h.append(chart(r));
        h.append("<table class=\"coopkit-waterfall\">\n<caption>Allocation of the result, step by step</caption>\n")
                .append("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Step</th><th scope=\"col\">Rate</th>")
                .append("<th scope=\"col\">Amount (").append(cur).append(")</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
        for (WaterfallStep s : r.steps()) {
            h.append("<tr><td class=\"num\">").append(s.position()).append("</td><th scope=\"row\">").append(esc(s.name()))
                    .append("</th><td class=\"num\">").append(s.kind().isPresent() ? RedistributionFormats.plain(s.percent()) + "%" : "")
                    .append("</td><td class=\"num\">").append(s.amount().amount().toPlainString()).append("</td><td>")
                    .append(esc(s.rule())).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"3\">Total (the result)</th><td class=\"num\">")
                .append(r.result().amount().toPlainString()).append("</td><td></td></tr></tfoot>\n</table>\n");

        List<PatronageKind> kinds = r.kinds();
        h.append("<table class=\"coopkit-members\">\n<caption>What each member receives (").append(cur).append(")</caption>\n<thead><tr>")
                .append("<th scope=\"col\">No.</th><th scope=\"col\">Member</th>");
        for (PatronageKind k : kinds) h.append("<th scope=\"col\">").append(esc(label(k))).append("</th>");
        h.append("<th scope=\"col\">Share of refunds</th><th scope=\"col\">Refund</th><th scope=\"col\">Capital interest</th>")
                .append("<th scope=\"col\">Workers' share</th><th scope=\"col\">Total</th></tr></thead>\n<tbody>\n");
        for (MemberLine l : r.lines()) {
            h.append("<tr><td class=\"num\">").append(l.membershipNumber()).append("</td><th scope=\"row\">").append(esc(l.name())).append("</th>");
            for (PatronageKind k : kinds) {
                h.append("<td class=\"num\">").append(RedistributionFormats.plain(l.volumes().getOrDefault(k, BigDecimal.ZERO))).append("</td>");
            }
            h.append("<td class=\"num\">").append(l.sharePercent().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).append("%</td>")
                    .append(num(l.refund())).append(num(l.capitalInterest())).append(num(l.workersShare())).append(num(l.total())).append("</tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"").append(2 + kinds.size() + 1).append("\">Total</th>")
                .append(num(r.totalRefunds())).append(num(r.totalInterest())).append(num(r.totalWorkersShare()))
                .append(num(r.totalToMembers())).append("</tr></tfoot>\n</table>\n");
        if (!r.nonMemberVolumes().isEmpty()) {
            h.append("<p>Business with non-members, never refunded: ");
            StringBuilder parts = new StringBuilder();
            r.nonMemberVolumes().forEach((k, v) -> parts.append(parts.length() == 0 ? "" : "; ").append(esc(label(k))).append(' ')
                    .append(RedistributionFormats.plain(v)));
            h.append(parts).append(".</p>\n");
        }
        return h.append("</section>\n").toString();
    }

    /** Horizontal bars, one per step, widths in proportion to the amount (a loss draws no bar). */
    static String chart(RedistributionReport r) {
        int barHeight = 28;
        int gap = 10;
        int labelWidth = 300;
        int chartWidth = 360;
        int height = r.steps().size() * (barHeight + gap) + gap;
        BigDecimal max = r.steps().stream().map(s -> s.amount().amount()).filter(a -> a.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"coopkit-chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + chartWidth + 140).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(labelWidth + chartWidth + 140).append(' ').append(height).append("\" aria-labelledby=\"chart-title chart-desc\">\n");
        s.append("<title id=\"chart-title\">Allocation of the result of ").append(esc(r.fiscalYear())).append("</title>\n");
        s.append("<desc id=\"chart-desc\">");
        for (WaterfallStep st : r.steps()) s.append(esc(st.name())).append(": ").append(money(st.amount())).append(". ");
        s.append("</desc>\n<defs>\n")
                .append("<pattern id=\"p-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,8 L8,0\" stroke=\"#000\" stroke-width=\"2\"/></pattern>\n")
                .append("<pattern id=\"p-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"#000\" stroke-width=\"1.5\"/></pattern>\n")
                .append("<pattern id=\"p-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3\" cy=\"3\" r=\"1.5\" fill=\"#000\"/></pattern>\n")
                .append("<pattern id=\"p-vertical\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M3,0 L3,6\" stroke=\"#000\" stroke-width=\"2\"/></pattern>\n")
                .append("<pattern id=\"p-horizontal\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,3 L6,3\" stroke=\"#000\" stroke-width=\"2\"/></pattern>\n")
                .append("</defs>\n");
        int y = gap;
        for (int i = 0; i < r.steps().size(); i++) {
            WaterfallStep st = r.steps().get(i);
            BigDecimal a = st.amount().amount().max(BigDecimal.ZERO);
            int w = a.signum() == 0 ? 0 : Math.max(2, a.multiply(BigDecimal.valueOf(chartWidth)).divide(max, 0, RoundingMode.HALF_UP).intValue());
            String pattern = PATTERNS[i % PATTERNS.length];
            String fill = switch (pattern) {
                case "solid" -> "#000";
                case "blank" -> "#fff";
                default -> "url(#p-" + pattern + ")";
            };
            s.append("<g>");
            s.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + barHeight / 2 + 5)
                    .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"14\">").append(esc(st.name())).append("</text>");
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
                    .append(barHeight).append("\" fill=\"").append(fill).append("\" stroke=\"#000\" stroke-width=\"1\"/>");
            s.append("<text x=\"").append(labelWidth + w + 8).append("\" y=\"").append(y + barHeight / 2 + 5)
                    .append("\" font-family=\"sans-serif\" font-size=\"14\">").append(money(st.amount())).append("</text>");
            s.append("</g>\n");
            y += barHeight + gap;
        }
        return s.append("</svg>\n<figcaption>Each bar is one step of the allocation, labelled with its amount; the table below gives the same figures.</figcaption>\n</figure>\n").toString();
    }

    private static String num(Money m) {
        return "<td class=\"num\">" + m.amount().toPlainString() + "</td>";
    }

    static String money(Money m) {
        return m.currencyCode() + " " + m.amount().toPlainString();
    }

    static String label(PatronageKind k) {
        String s = k.code().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
