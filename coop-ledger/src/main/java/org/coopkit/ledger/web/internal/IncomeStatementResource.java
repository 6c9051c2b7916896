package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.statements.IncomeStatementFormats;
import org.coopkit.ledger.statements.IncomeStatementReport;
import org.coopkit.ledger.statements.IncomeStatements;
import org.coopkit.ledger.statements.SellerStatement;

/** Platform income statements (DAC7 shape) over HTTP: every seller (treasurer, board) or one's own. */
@Path("/api/ledger/income-statements")
public final class IncomeStatementResource {
    private final IncomeStatements statements;

    public IncomeStatementResource(LedgerModule ledger) {
        this.statements = ledger.incomeStatements();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @Context SecurityContext sc) {
        Actor actor = reader(sc);
        return IncomeStatementFormats.json(statements.quarter(actor, number("year", year), number("quarter", quarter)));
    }

    @GET
    @Produces("text/csv;charset=utf-8")
    public String csv(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @Context SecurityContext sc) {
        Actor actor = reader(sc);
        return IncomeStatementFormats.csv(statements.quarter(actor, number("year", year), number("quarter", quarter)));
    }

    /** A year's statements in the shape of the EU DPI (DAC7) schema (docs/dac7-mapping.md). */
    @GET
    @Path("dac7")
    @Produces(MediaType.APPLICATION_JSON)
    public String dac7(@QueryParam("year") String year, @Context SecurityContext sc) {
        Actor actor = reader(sc);
        int y = number("year", year);
        return org.coopkit.ledger.statements.Dac7Json.of(y, statements.year(actor, y));
    }

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public String mine(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        MemberId self = actor.requireMemberId();
        int y = number("year", year);
        int q = number("quarter", quarter);
        SellerStatement s = statements.forSeller(actor, self, y, q);
        return IncomeStatementFormats.json(new IncomeStatementReport(y, q, List.of(s)));
    }

    /** Who may read every seller's statements (as IncomeStatements), checked before the query is: 401/403, not 422, to those who may not. */
    private static Actor reader(SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER, Role.BOARD);
        return actor;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "is required and must be a number");
        }
    }
}
