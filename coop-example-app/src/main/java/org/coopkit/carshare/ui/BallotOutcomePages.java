package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotResult;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.BoardEntry;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * What anyone may read once a ballot is closed, as in the API: its results (round by round for
 * ranked ballots) and its public ballot board, with a search for one's tracking code. No personal
 * data on either page.
 */
public final class BallotOutcomePages {
    private BallotOutcomePages() {
    }

    static List<Object> all(Ui ui, GovernanceModule gov) {
        return List.of(new Results(ui, gov), new Board(ui, gov));
    }

    /** A count without trailing zeros (STV transfers are fractional). */
    public static String count(java.math.BigDecimal n) {
        if (n == null) return "—";
        java.math.BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s.scale() > 2 ? s.setScale(2, java.math.RoundingMode.HALF_EVEN) : s).toPlainString();
    }

    /** First choices per option, as "yes 12, no 3". */
    public static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("—");
    }

    /** {@code /vote/{id}/results}: the outcome, the chart and the count. */
    @Path("/vote/{id}/results")
    @Produces(MediaType.TEXT_HTML)
    public static final class Results {
        private final Ui ui;
        private final GovernanceModule gov;

        Results(Ui ui, GovernanceModule gov) {
            this.ui = ui;
            this.gov = gov;
        }

        @GET
        public Response page(@PathParam("id") String id, @Context ContainerRequest req) {
            return ui.guard(req, () -> {
                Viewer v = ui.viewer(req); // public, as in the API: no personal data on it
                BallotId bid = VotePages.ballotId(id);
                // the app reads the question and dates it publishes beside the public results (docs/api.md)
                Ballot b = gov.voting().get(Actor.system(), bid);
                if (b.status() != BallotStatus.CLOSED) return ui.error(v, 409, v.t("results.hidden", v.when(b.spec().closesAt())));
                BallotResult r = gov.voting().results(bid);
                return ui.page(v, "vote/results.jte", "ballot", b, "result", r, "method", VotePages.methodLabel(v, b.spec().method(), b.spec().seats()));
            });
        }
    }

    /** {@code /vote/{id}/board}: every vote by tracking code, hash-chained, and the search for one code. */
    @Path("/vote/{id}/board")
    @Produces(MediaType.TEXT_HTML)
    public static final class Board {
        private final Ui ui;
        private final GovernanceModule gov;

        Board(Ui ui, GovernanceModule gov) {
            this.ui = ui;
            this.gov = gov;
        }

        @GET
        public Response page(@PathParam("id") String id, @QueryParam("code") String code, @Context ContainerRequest req) {
            return ui.guard(req, () -> {
                Viewer v = ui.viewer(req); // public, as in the API: tracking codes and choices only
                BallotId bid = VotePages.ballotId(id);
                // the app reads the question and dates it publishes beside the public board (docs/api.md)
                Ballot b = gov.voting().get(Actor.system(), bid);
                if (b.status() != BallotStatus.CLOSED) return ui.error(v, 409, v.t("board.hidden", v.when(b.spec().closesAt())));
                List<BoardEntry> entries = gov.voting().board(bid);
                // a code as people type it: any case, with or without dashes or spaces
                Form form = Form.empty().with("code", code == null || code.isBlank() ? "" : org.coopkit.governance.ballots.Receipt.canonicalCode(code));
                Optional<BoardEntry> found = Optional.empty();
                if (form.has("code")) {
                    found = entries.stream().filter(e -> e.trackingCode().equals(form.value("code"))).findFirst();
                    if (found.isEmpty()) form.error("code", v.t("board.not-found"));
                }
                var verification = gov.voting().verifyBoard(bid);
                return ui.page(v, form.hasErrors() ? 404 : 200, "vote/board.jte", "ballot", b, "entries", entries, "form", form,
                        "found", found.orElse(null), "intact", verification.intact());
            });
        }
    }
}
