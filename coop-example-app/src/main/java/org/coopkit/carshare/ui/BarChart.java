package org.coopkit.carshare.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.LibraryWords;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.tally.Round;

/**
 * The page model of the one bar chart template ({@code tag/chart.jte}): horizontal bars, each with
 * its label and its amount as text and its own fill pattern (solid, hatched, dotted…), so it reads
 * without colour; the SVG is an image with a title and a description, and every page that shows it
 * gives the same figures in a table. The template draws; this record only measures, and jte
 * escapes every text.
 *
 * @param id the element id prefix (unique on the page)
 * @param title the chart's title (read by screen readers)
 * @param description the chart's description, usually every bar with its figure
 * @param bars the bars, top to bottom
 */
public record BarChart(String id, String title, String description, List<Bar> bars) {
    /** Width of the label column, of the longest bar, and of the whole drawing, in SVG units. */
    public static final int LABEL = 230;
    public static final int BARS = 330;
    public static final int WIDTH = LABEL + BARS + 130;
    /** Height of one bar's row. */
    public static final int ROW = 34;
    private static final String[] FILLS = {"solid", "hatch", "dots", "cross", "vert", "horiz"};

    /** A bar to draw: its label, its value (a negative one draws no bar) and the value as text (e.g. "€120.00"). */
    public record Value(String label, BigDecimal value, String shown) {
    }

    /**
     * A measured bar.
     *
     * @param label the label, left of the bar
     * @param shown the figure as text, right of the bar
     * @param y the top of its row
     * @param width the bar's length
     * @param fill the id of its pattern
     */
    public record Bar(String label, String shown, int y, int width, String fill) {
    }

    /**
     * A chart whose bars are scaled to the largest value.
     *
     * @param id the element id prefix
     * @param title the title
     * @param description the description
     * @param values the bars' values
     * @return the chart
     */
    public static BarChart of(String id, String title, String description, List<Value> values) {
        BigDecimal max = values.stream().map(Value::value).filter(v -> v.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            int w = v.value().signum() <= 0 ? 0
                    : Math.max(2, v.value().multiply(BigDecimal.valueOf(BARS)).divide(max, 0, RoundingMode.HALF_UP).intValue());
            bars.add(new Bar(v.label(), v.shown(), 8 + i * ROW, w, FILLS[i % FILLS.length]));
        }
        return new BarChart(id, title, description, List.copyOf(bars));
    }

    /**
     * The results page's chart in the reader's language: one bar per choice (yes, no and abstain of a
     * resolution translated) with its count and share, the final round's for a ranked ballot; no bar
     * when nothing was counted.
     *
     * @param i18n the reader's language
     * @param result the ballot's result
     * @return the chart
     */
    public static BarChart forResult(I18n i18n, BallotResult result) {
        List<Round> rounds = result.tally().rounds();
        if (rounds.isEmpty()) return new BarChart("results-chart", i18n.t("results.chart.title"), i18n.t("results.chart.none"), List.of());
        Round last = rounds.get(rounds.size() - 1);
        Map<String, BigDecimal> counts = last.counts();
        BigDecimal total = counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Value> values = new ArrayList<>();
        for (String c : result.tally().candidates()) {
            BigDecimal n = counts.getOrDefault(c, BigDecimal.ZERO);
            String share = total.signum() == 0 ? "0"
                    : n.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            values.add(new Value(LibraryWords.option(i18n, result.tally().method(), c), n, i18n.t("results.chart.bar", BallotOutcomePages.count(n), share)));
        }
        String title = rounds.size() > 1 ? i18n.t("results.chart.title.final", last.number()) : i18n.t("results.chart.title.votes");
        String desc = values.stream().map(b -> i18n.t("results.chart.line", b.label(), b.shown())).reduce((a, b) -> a + "; " + b).orElse("");
        return of("results-chart", title, desc, values);
    }

    /** The drawing's height. */
    public int height() {
        return bars.size() * ROW + 16;
    }
}
