package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.capital.CapitalOpening;

/**
 * The opening entry for capital recorded before the ledger (treasurer): {@code GET} shows what it would
 * bring into the books (or what it brought), {@code POST} posts it once, with a reason.
 */
@Path("/api/ledger/capital-opening")
public final class CapitalOpeningResource {
    private final LedgerModule ledger;

    public CapitalOpeningResource(LedgerModule ledger) {
        this.ledger = ledger;
    }

    public record LineView(String member, long membershipNumber, String name, MoneyView held, MoneyView unpaid) {
    }

    public record OpeningView(LocalDate on, String against, boolean posted, Long entryNumber, MoneyView totalHeld, List<LineView> lines) {
        static OpeningView of(CapitalOpening.Opening o, java.util.Currency currency) {
            return new OpeningView(o.on(), o.against(), o.entryNumber().isPresent(), o.entryNumber().orElse(null), MoneyView.of(o.totalHeld(currency)),
                    o.lines().stream().map(l -> new LineView(l.member().toString(), l.membershipNumber(), l.name(), MoneyView.of(l.held()),
                            MoneyView.of(l.unpaid()))).toList());
        }
    }

    public record OpeningBody(String on, String against, String reason) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OpeningView preview(@QueryParam("on") String on, @QueryParam("against") String against, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER, Role.BOARD);
        return OpeningView.of(ledger.capitalOpening().preview(actor, Params.date("on", on, null), Optional.ofNullable(against)), currency());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(OpeningBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER);
        OpeningBody b = body == null ? new OpeningBody(null, null, null) : body;
        CapitalOpening.Opening o = ledger.capitalOpening().post(actor, Params.date("on", b.on(), null), Optional.ofNullable(b.against()), b.reason());
        return Response.status(Response.Status.CREATED).entity(OpeningView.of(o, currency())).build();
    }

    private java.util.Currency currency() {
        return ledger.core().statutes().currency();
    }
}
