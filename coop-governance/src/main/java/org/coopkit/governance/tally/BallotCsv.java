package org.coopkit.governance.tally;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ballots for a recount (docs/tally-cli.md): one ballot per line, one cell per rank, first
 * preference first. A UTF-8 byte-order mark (as spreadsheets write) is skipped.
 *
 * <ul>
 *   <li>An empty cell is a <em>skipped rank</em>: by default the next ranked candidate counts
 *       (RCTab "unlimited"); with {@link Rules#maxSkipped} set, more consecutive skipped ranks than
 *       that exhaust the ballot at that point.</li>
 *   <li>A cell naming several candidates joined by {@code =} (e.g. {@code Alice=Bob}) is an
 *       <em>overvote</em>: {@link Overvote#EXHAUST} (default, RCTab "exhaust immediately") stops
 *       the ballot there; {@link Overvote#SKIP} (RCTab "always skip to next rank") goes on with the
 *       next rank.</li>
 *   <li>A candidate ranked again counts only at its first appearance (RCTab "skip duplicate").</li>
 * </ul>
 * The candidates are every name that appears, in order of first appearance (the order breaks no tie).
 */
public final class BallotCsv {
    private BallotCsv() {
    }

    /** What an overvote (two candidates at one rank) does to a ballot: it exhausts, or the rank is skipped. */
    public enum Overvote {
        /** The ballot stops counting at the overvoted rank. */
        EXHAUST,
        /** The overvoted rank is skipped. */
        SKIP }

    /**
     * How ballots are read.
     *
     * @param overvote   what an overvote does
     * @param maxSkipped consecutive skipped ranks allowed before the ballot exhausts; negative = unlimited
     */
    public record Rules(Overvote overvote, int maxSkipped) {
        /**
         * The default: an overvote exhausts the ballot; skipped ranks are unlimited.
         */
        public static final Rules DEFAULT = new Rules(Overvote.EXHAUST, -1);
    }

    /**
     * The candidates and the ballots read from a CSV file, each ballot a ranking or a choice.
     *
     * @param candidates the candidates, in the file's order
     * @param ballots    each ballot's ranking
     * @param overvotes  ballots an overvote changed (stopped or skipped a rank)
     */
    public record Ballots(List<String> candidates, List<List<String>> ballots, int overvotes) {
        /**
         * Ballots read without overvotes.
         * @param candidates the candidates, in the file's order
         * @param ballots each ballot's preferences
         */
        public Ballots(List<String> candidates, List<List<String>> ballots) {
            this(candidates, ballots, 0);
        }
    }

    /**
     * Reads the ballots with the {@link Rules#DEFAULT default rules}.
     * @param in the CSV
     * @return the candidates and ballots
     * @throws IOException if the reader fails
     */
    public static Ballots read(Reader in) throws IOException {
        return read(in, Rules.DEFAULT);
    }

    /**
     * Reads the ballots, applying the rules to overvotes and skipped ranks.
     * @param in the CSV
     * @param rules what an overvote and a skipped rank do
     * @return the candidates, ballots and how many an overvote changed
     * @throws IOException if the reader fails
     */
    public static Ballots read(Reader in, Rules rules) throws IOException {
        BufferedReader br = in instanceof BufferedReader b ? b : new BufferedReader(in);
        br.mark(1);
        int first = br.read();
        if (first != '\uFEFF' && first != -1) br.reset();
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        List<List<String>> ballots = new ArrayList<>();
        int overvotes = 0;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(br)) {
            for (String raw : r) {
                if (raw != null) for (String n : raw.split("=")) if (!n.isBlank()) candidates.add(n.strip());
            }
            LinkedHashSet<String> prefs = new LinkedHashSet<>();
            int skipped = 0;
            boolean overvoted = false;
            for (String raw : r) {
                String cell = raw == null ? "" : raw.strip();
                if (cell.isEmpty()) {
                    skipped++;
                    continue;
                }
                List<String> names = new ArrayList<>(new LinkedHashSet<>(List.of(cell.split("\\s*=\\s*")).stream().filter(n -> !n.isBlank()).toList()));
                if (rules.maxSkipped() >= 0 && skipped > rules.maxSkipped()) break;
                skipped = 0;
                if (names.size() > 1) {
                    overvoted = true;
                    if (rules.overvote() == Overvote.EXHAUST) break;
                    continue;
                }
                if (names.size() == 1) prefs.add(names.get(0));
            }
            if (overvoted) overvotes++;
            ballots.add(List.copyOf(prefs));
        }
        return new Ballots(List.copyOf(candidates), ballots, overvotes);
    }
}
