package org.coopkit.ledger.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The legal frame an allocation policy follows, with the minimums the law sets. A policy naming a
 * preset is refused when it breaks one of them ({@link PolicyBreaksRule} names the rule).
 */
public enum Preset {
    /** Any co-op under the French law of 10 September 1947, art. 14–16. */
    GENERIC(List.of(Minimum.LEGAL_RESERVE_15)),
    /** Société coopérative d'intérêt collectif: at least 57.5% to indivisible reserves. */
    SCIC(List.of(Minimum.LEGAL_RESERVE_15, Minimum.SCIC_INDIVISIBLE_57_5)),
    /** Société coopérative et participative: legal reserve 15%, at least 25% to the workers. */
    SCOP(List.of(Minimum.LEGAL_RESERVE_15, Minimum.SCOP_WORKERS_25)),
    /** A co-op's own waterfall: only the general rules apply (percentages, interest cap). */
    CUSTOM(List.of());

    private final List<Minimum> minimums;

    Preset(List<Minimum> minimums) {
        this.minimums = minimums;
    }

    /**
     * The legal minimums of this preset.
     *
     * @return the minimums, empty for {@code CUSTOM}
     */
    public List<Minimum> minimums() {
        return minimums;
    }

    /** A legal minimum: the steps of these kinds together take at least this percentage of the result. */
    public enum Minimum {
        /** At least 15% to the legal reserve (loi 1947 art. 16). */
        LEGAL_RESERVE_15("loi-1947-art-16-legal-reserve", "at least 15% of the result to the legal reserve (loi 1947 art. 16)",
                Set.of(StepKind.LEGAL_RESERVE), new BigDecimal("15")),
        /** At least 57.5% to indivisible reserves (SCIC). */
        SCIC_INDIVISIBLE_57_5("scic-indivisible-reserves", "at least 57.5% of the result to indivisible reserves (SCIC, loi 1947 art. 19 nonies)",
                Set.of(StepKind.LEGAL_RESERVE, StepKind.STATUTORY_RESERVE), new BigDecimal("57.5")),
        /** At least 25% to the workers (SCOP). */
        SCOP_WORKERS_25("scop-workers-share", "at least 25% of the result to the workers (SCOP, loi 1978 art. 33)",
                Set.of(StepKind.WORKERS_SHARE), new BigDecimal("25"));

        private final String code;
        private final String text;
        private final Set<StepKind> kinds;
        private final BigDecimal percent;

        Minimum(String code, String text, Set<StepKind> kinds, BigDecimal percent) {
            this.code = code;
            this.text = text;
            this.kinds = kinds;
            this.percent = percent;
        }

        /**
         * The rule's code, as {@link PolicyBreaksRule} gives it.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * The rule in words.
         *
         * @return the text
         */
        public String text() {
            return text;
        }

        /**
         * The step kinds that count towards the minimum.
         *
         * @return the kinds
         */
        public Set<StepKind> kinds() {
            return kinds;
        }

        /**
         * The minimum share of the result.
         *
         * @return the percentage, in percent
         */
        public BigDecimal percent() {
            return percent;
        }
    }
}
