package org.coopkit.carshare.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG. Every bar carries its label and its amount as
 * text and its own fill pattern (solid, hatched, dotted…), so it reads without colour; the SVG is
 * an image with a title and a description, and the page shows the same figures in a table.
 */
public final class SvgBarChart {
    private static final String[] FILLS = {"url(#p-solid)", "url(#p-hatch)", "url(#p-dots)", "url(#p-cross)", "url(#p-vert)", "url(#p-horiz)"};
    private static final int LABEL = 230;
    private static final int BARS = 330;
    private static final int ROW = 34;

    /** One bar: a label and a non-negative amount shown as text (e.g. "EUR 120.00"). */
    public record Bar(String label, BigDecimal value, String shown) {
    }

    private SvgBarChart() {
    }

    public static String render(String id, String title, String description, List<Bar> bars) {
        BigDecimal max = bars.stream().map(Bar::value).filter(v -> v.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int height = bars.size() * ROW + 16;
        int width = LABEL + BARS + 130;
        StringBuilder s = new StringBuilder(2048);
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>")
                .append(defs());
        int y = 8;
        int i = 0;
        for (Bar b : bars) {
            int w = b.value().signum() <= 0 ? 0
                    : Math.max(2, b.value().multiply(BigDecimal.valueOf(BARS)).divide(max, 0, RoundingMode.HALF_UP).intValue());
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 21).append("\" text-anchor=\"end\">")
                    .append(esc(b.label())).append("</text>");
            s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 10).append("\" fill=\"").append(FILLS[i % FILLS.length])
                    .append("\" stroke=\"#1b1b1f\" stroke-width=\"1.5\"/>");
            s.append("<text x=\"").append(LABEL + w + 8).append("\" y=\"").append(y + 21).append("\">").append(esc(b.shown())).append("</text>");
            y += ROW;
            i++;
        }
        s.append("<line x1=\"").append(LABEL).append("\" y1=\"4\" x2=\"").append(LABEL).append("\" y2=\"").append(height - 4)
                .append("\" stroke=\"#1b1b1f\" stroke-width=\"2\"/>");
        return s.append("</svg>").toString();
    }

    private static String defs() {
        String ink = "#0a4f8a";
        return "<defs>"
                + "<pattern id=\"p-solid\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"" + ink + "\"/></pattern>"
                + "<pattern id=\"p-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fff\"/><rect width=\"3\" height=\"8\" fill=\"" + ink + "\"/></pattern>"
                + "<pattern id=\"p-dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#fff\"/><circle cx=\"4\" cy=\"4\" r=\"2\" fill=\"" + ink + "\"/></pattern>"
                + "<pattern id=\"p-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"" + ink + "\" stroke-width=\"1.5\"/></pattern>"
                + "<pattern id=\"p-vert\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"2\" height=\"6\" fill=\"" + ink + "\"/></pattern>"
                + "<pattern id=\"p-horiz\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"6\" height=\"2\" fill=\"" + ink + "\"/></pattern>"
                + "</defs>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
