package org.coopkit.governance.tally;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A count as text (round by round, for people) or JSON (for programs). */
public final class TallyFormats {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TallyFormats() {
    }

    /**
     * The result as text for a terminal: each round's counts, the elected and the ties broken.
     * @param r the result
     * @return the text
     */
    public static String text(TallyResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.method()).append(", ").append(r.seats()).append(r.seats() == 1 ? " seat, " : " seats, ")
                .append(r.ballots()).append(" ballots\n");
        for (Round round : r.rounds()) {
            sb.append("Round ").append(round.number()).append('\n');
            round.counts().forEach((c, v) -> sb.append(String.format("  %-24s %12s%n", c, plain(v))));
            sb.append(String.format("  %-24s %12s%n", "(exhausted)", plain(round.exhausted())));
            if (!round.elected().isEmpty()) sb.append("  elected: ").append(String.join(", ", round.elected())).append('\n');
            if (!round.eliminated().isEmpty()) sb.append("  eliminated: ").append(String.join(", ", round.eliminated())).append('\n');
            for (TieBreak t : round.ties()) {
                sb.append("  tie for ").append(t.at()).append(" between ").append(String.join(", ", t.tied())).append(": broken by ")
                        .append(t.brokenBy()).append(t.brokenBy().equals("draw") ? " (seed " + r.seed() + ")" : "").append(" -> ")
                        .append(String.join(", ", t.chosen())).append('\n');
            }
        }
        sb.append("Elected: ").append(r.elected().isEmpty() ? "nobody" : String.join(", ", r.elected())).append('\n');
        if (r.unfilledSeats() > 0) sb.append("Unfilled seats: ").append(r.unfilledSeats()).append(" (no continuing candidate left)\n");
        sb.append("Ties broken: ").append(r.ties().size()).append("; draw seed: ").append(r.seed()).append('\n');
        return sb.toString();
    }

    /**
     * The result as JSON: method, seats, rounds, elected, ties and seed.
     * @param r the result
     * @return the JSON document
     */
    public static String json(TallyResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("method", r.method().name());
        doc.put("seats", r.seats());
        doc.put("ballots", r.ballots());
        doc.put("candidates", r.candidates());
        doc.put("rounds", r.rounds().stream().map(round -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", round.number());
            Map<String, String> counts = new LinkedHashMap<>();
            round.counts().forEach((c, v) -> counts.put(c, plain(v)));
            m.put("counts", counts);
            m.put("exhausted", plain(round.exhausted()));
            m.put("elected", round.elected());
            m.put("eliminated", round.eliminated());
            m.put("ties", round.ties().stream().map(t -> {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("at", t.at());
                tm.put("tied", t.tied());
                tm.put("brokenBy", t.brokenBy());
                tm.put("chosen", t.chosen());
                return tm;
            }).toList());
            return m;
        }).toList());
        doc.put("elected", r.elected());
        doc.put("unfilledSeats", r.unfilledSeats());
        doc.put("seed", r.seed());
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        if (s.scale() > 4) s = s.setScale(4, RoundingMode.DOWN);
        return s.toPlainString();
    }

    static List<String> names(TallyResult r) {
        return r.candidates();
    }
}
