package org.coopkit.governance.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.ballots.BoardEntry;
import org.coopkit.governance.proxies.Proxy;
import org.coopkit.governance.tally.Round;

/** JSON views of governance. */
public final class Views {
    private Views() {
    }

    /** Response body: a ballot as the API shows it. */
    public record BallotView(String id, String question, List<String> options, String method, int seats, String secrecy, boolean revoting,
                             String majority, Instant opensAt, Instant closesAt, String category, String status, int rollSize,
                             Boolean adopted, String assembly, String decisionKind) {
        /**
         * The view of a ballot (optionals as nulls, enums as names).
         * @param b the ballot
         * @return the view
         */
        public static BallotView of(Ballot b) {
            var s = b.spec();
            return new BallotView(b.id().toString(), s.question(), s.options(), s.method().name(), s.seats(), s.secrecy().name(), s.revoting(),
                    s.majority().describe(), s.opensAt(), s.closesAt(), s.category().orElse(null), b.status().name(), b.rollSize(),
                    b.adopted().orElse(null), s.assembly().map(Object::toString).orElse(null), s.decision().map(d -> d.kind()).orElse(null));
        }
    }

    /** Response body: one counting round of a tally, with the ties it broke. */
    public record RoundView(int round, Map<String, BigDecimal> counts, List<String> elected, List<String> eliminated, BigDecimal exhausted,
                            List<org.coopkit.governance.tally.TieBreak> ties) {
        static RoundView of(Round r) {
            return new RoundView(r.number(), r.counts(), r.elected(), r.eliminated(), r.exhausted(), r.ties());
        }
    }

    /** Response body: a closed ballot's result, round by round and by college. */
    public record ResultView(String ballot, String method, int ballots, List<RoundView> rounds, List<String> elected, Boolean adopted,
                             String rule, long voters, int rollSize, List<BallotResult.CollegeResult> colleges, Map<String, BigDecimal> weightedPercent,
                             int unfilledSeats, String tieBreakSeed, String decides) {
        /**
         * The view of a result (tally, colleges, weighted shares, tie-break seed).
         * @param r the result
         * @return the view
         */
        public static ResultView of(BallotResult r) {
            return new ResultView(r.ballot().toString(), r.tally().method().name(), r.tally().ballots(),
                    r.tally().rounds().stream().map(RoundView::of).toList(), r.tally().elected(), r.adopted().orElse(null), r.rule(),
                    r.voters(), r.rollSize(), r.colleges(), r.weightedPercent(), r.tally().unfilledSeats(), r.tally().seed(), r.decides());
        }
    }

    /**
     * Response body: what became of an adopted resolution's decision: its kind, status ({@code PENDING}, {@code APPLIED} or {@code FAILED}), attempts, last failure and when.
     * @param ballot the ballot's id
     * @param kind the decision's kind
     * @param status the decision's status
     * @param attempts how many times it was applied
     * @param failure the last failure's reason, or null
     * @param at when it was last attempted or applied
     */
    public record DecisionView(String ballot, String kind, String status, int attempts, String failure, Instant at) {
        /**
         * The view of a decision's outcome.
         * @param d the outcome
         * @return the view
         */
        public static DecisionView of(org.coopkit.governance.ballots.DecisionOutcome d) {
            return new DecisionView(d.ballot().toString(), d.kind(), d.status().name(), d.attempts(), d.failure().orElse(null), d.at());
        }
    }

    /** Response body: the public ballot board and whether its hash chain is intact. */
    public record BoardView(String ballot, boolean intact, List<BoardEntry> entries) {
    }

    /** Response body: a proxy and, once revoked, when and why. */
    public record ProxyView(String id, String ballot, String grantor, String holder, Instant givenAt, Instant revokedAt, String revokedWhy,
                            String status, Instant acceptedAt) {
        /**
         * The view of a proxy (optionals as nulls, its status by name).
         * @param p the proxy
         * @return the view
         */
        public static ProxyView of(Proxy p) {
            return new ProxyView(p.id().toString(), p.ballot().toString(), p.grantor().toString(), p.holder().toString(), p.givenAt(),
                    p.revokedAt().orElse(null), p.revokedWhy().orElse(null), p.status().name(), p.acceptedAt().orElse(null));
        }
    }
}
