package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.coopkit.ledger.statements.SellerStatement;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * A seller's own platform income statement for a quarter (what the co-op reports for them in the
 * DAC7 report), which the ledger's API served as HTML at {@code /api/ledger/income-statements/me}
 * before the library stopped rendering markup; the API keeps the JSON.
 */
@Path("/me/income-statements")
@Produces(MediaType.TEXT_HTML)
public final class IncomeStatementPages {
    private final Ui ui;

    IncomeStatementPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response mine(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            QuarterForm q = QuarterForm.parse(year, quarter, LocalDate.now(ui.app().clock().withZone(Ui.ZONE)), v);
            if (!q.valid()) return ui.page(v, 422, "me/income-statement.jte", "s", null, "form", q.form());
            SellerStatement s = ui.app().ledger().incomeStatements().forSeller(v.actor(), v.actor().requireMemberId(), q.year(), q.quarter());
            return ui.page(v, "me/income-statement.jte", "s", s, "form", q.form());
        });
    }

    /**
     * The identifying data a statement lacks, in words of the viewer's language.
     *
     * @param v the viewer
     * @param s the statement
     * @return the missing data, comma-separated
     */
    public static String missing(Viewer v, SellerStatement s) {
        return s.missing().stream().map(code -> v.i18n().has("inc.field." + code) ? v.t("inc.field." + code) : code)
                .collect(Collectors.joining(", "));
    }
}
