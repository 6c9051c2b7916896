package org.coopkit.governance.tally;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ballots for a recount: one ballot per line, candidate names in order of preference. Empty
 * cells are ignored; a candidate repeated on a line counts only at its first appearance. The
 * candidates are every name that appears, in order of first appearance.
 */
public final class BallotCsv {
    private BallotCsv() {
    }

    /** The candidates and the ballots read from a CSV file, each ballot a ranking or a choice. */
    public record Ballots(List<String> candidates, List<List<String>> ballots) {
    }

    public static Ballots read(Reader in) throws IOException {
        LinkedHashSet<String> candidates = new LinkedHashSet<>();
        List<List<String>> ballots = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            LinkedHashSet<String> prefs = new LinkedHashSet<>();
            for (String cell : r) {
                if (cell != null && !cell.isBlank()) prefs.add(cell.strip());
            }
            candidates.addAll(prefs);
            ballots.add(List.copyOf(prefs));
        }
        return new Ballots(List.copyOf(candidates), ballots);
    }
}
