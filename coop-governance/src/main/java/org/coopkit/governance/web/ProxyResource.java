package org.coopkit.governance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.proxies.ProxyId;
import org.coopkit.governance.web.Views.ProxyView;

/** Proxies over HTTP: members give and revoke; the board sees them all. */
@Path("/api/proxies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProxyResource {
    private final GovernanceModule gov;

    /**
     * Wiring for the application: the resource over the module's proxy service.
     * @param gov the governance module
     */
    public ProxyResource(GovernanceModule gov) {
        this.gov = gov;
    }

    /** Request body: give a proxy for one ballot to another member. */
    public record GiveBody(@NotNull UUID ballot, @NotNull UUID holder) {
    }

    /**
     * {@code POST /api/proxies}: a MEMBER gives their mandate for an open ballot (201; refusals are 409/422).
     * @param body the ballot and the holder
     * @param sc the caller's security context
     * @return 201 Created with the proxy
     */
    @POST
    public Response give(@Valid GiveBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return Response.status(201).entity(ProxyView.of(gov.proxies().give(Actors.of(sc), new BallotId(body.ballot()), new MemberId(body.holder())))).build();
    }

    /**
     * The board: every proxy (optionally of one ballot). A member: the proxies they gave or hold.
     *
     * @param ballot the ballot to restrict the board's list to, or null
     * @param sc the caller's security context
     * @return the proxies
     */
    @GET
    public List<ProxyView> list(@QueryParam("ballot") UUID ballot, @Context SecurityContext sc) {
        var actor = Actors.of(sc);
        var list = actor.has(Role.BOARD) ? gov.proxies().all(actor, Optional.ofNullable(ballot).map(BallotId::new)) : gov.proxies().mine(actor);
        return list.stream().map(ProxyView::of).toList();
    }

    /**
     * The holder accepts the mandate (only then may they vote with it).
     *
     * @param id the proxy's id
     * @param sc the caller's security context: the holder
     * @return the accepted proxy
     */
    @POST
    @Path("{id}/acceptance")
    public ProxyView accept(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return ProxyView.of(gov.proxies().accept(Actors.of(sc), new ProxyId(id)));
    }

    /**
     * The holder declines the mandate: it ends.
     *
     * @param id the proxy's id
     * @param sc the caller's security context: the holder
     * @return the declined proxy
     */
    @POST
    @Path("{id}/declining")
    public ProxyView decline(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return ProxyView.of(gov.proxies().decline(Actors.of(sc), new ProxyId(id)));
    }

    /**
     * {@code DELETE /api/proxies/{id}}: the grantor or the BOARD revokes a mandate not yet used.
     * @param id the proxy's id
     * @param sc the caller's security context
     * @return 204 No Content
     */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") UUID id, @Context SecurityContext sc) {
        gov.proxies().revoke(Actors.of(sc), new ProxyId(id));
        return Response.noContent().build();
    }
}
