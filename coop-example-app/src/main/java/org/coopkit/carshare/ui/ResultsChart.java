package org.coopkit.carshare.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.tally.Round;

/**
 * The results page's bar chart: one bar per choice with its count and share written on it, each in
 * its own fill pattern ({@link SvgBarChart}), so it reads without colour; the count table beside it
 * carries the same figures. For a ranked ballot the bars are the final round's.
 */
public final class ResultsChart {
    private ResultsChart() {
    }

    /** The SVG (empty when nothing was counted). */
    public static String svg(BallotResult result) {
        List<Round> rounds = result.tally().rounds();
        if (rounds.isEmpty()) return "";
        Round last = rounds.get(rounds.size() - 1);
        Map<String, BigDecimal> counts = last.counts();
        BigDecimal total = counts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (String c : result.tally().candidates()) {
            BigDecimal n = counts.getOrDefault(c, BigDecimal.ZERO);
            String share = total.signum() == 0 ? "0" : n.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            bars.add(new SvgBarChart.Bar(c, n, BallotOutcomePages.count(n) + " (" + share + "%)"));
        }
        String which = rounds.size() > 1 ? "final round (round " + last.number() + ")" : "votes per choice";
        String desc = bars.stream().map(b -> b.label() + ": " + b.shown()).reduce((a, b) -> a + "; " + b).orElse("");
        return SvgBarChart.render("results-chart", "Results, " + which, desc, bars);
    }
}
