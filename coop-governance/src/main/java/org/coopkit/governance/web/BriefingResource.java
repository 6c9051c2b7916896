package org.coopkit.governance.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.briefing.BallotLink;
import org.coopkit.governance.briefing.Briefing;
import org.coopkit.governance.briefing.BriefingService;

/** A ballot's description and documents over HTTP: members on the roll read, the board writes until the first vote. */
@Path("/api/ballots/{id}/briefing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BriefingResource {
    private final BriefingService briefings;

    /**
     * Wiring for the application: the resource over the module's briefing service.
     * @param gov the governance module
     */
    public BriefingResource(GovernanceModule gov) {
        this.briefings = gov.briefings();
    }

    /** Response body: the description as written and as safe HTML, and the documents. */
    public record BriefingView(String ballot, String description, String descriptionHtml, String updatedAt, List<LinkView> documents) {
        static BriefingView of(Briefing b) {
            return new BriefingView(b.ballot().toString(), b.description(), b.descriptionHtml(), b.updatedAt().map(Object::toString).orElse(null),
                    b.links().stream().map(LinkView::of).toList());
        }
    }

    /** Response body: one document. */
    public record LinkView(String id, String title, String url, String addedAt) {
        static LinkView of(BallotLink l) {
            return new LinkView(l.id(), l.title(), l.url(), l.addedAt().toString());
        }
    }

    /** Request body: the description in Markdown. */
    public record DescriptionBody(String description) {
    }

    /** Request body: a document to attach. */
    public record LinkBody(String title, String url) {
    }

    /**
     * {@code GET}: the ballot's description and documents, for the BOARD or a MEMBER on the roll (403 otherwise).
     * @param id the ballot's id
     * @param sc the caller's security context
     * @return the briefing
     */
    @GET
    public BriefingView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return BriefingView.of(briefings.briefing(Actors.of(sc), new BallotId(id)));
    }

    /**
     * {@code PUT description}: the BOARD writes the description in Markdown, until the first vote (409 after).
     * @param id the ballot's id
     * @param body the Markdown
     * @param sc the caller's security context
     * @return the briefing
     */
    @PUT
    @Path("description")
    public BriefingView describe(@PathParam("id") UUID id, DescriptionBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return BriefingView.of(briefings.describe(Actors.of(sc), new BallotId(id), body.description()));
    }

    /**
     * {@code POST documents}: the BOARD attaches a document (title and http(s) address), until the first vote (201).
     * @param id the ballot's id
     * @param body the title and address
     * @param sc the caller's security context
     * @return 201 Created with the document
     */
    @POST
    @Path("documents")
    public Response attach(@PathParam("id") UUID id, LinkBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return Response.status(201).entity(LinkView.of(briefings.attachLink(Actors.of(sc), new BallotId(id), body.title(), body.url()))).build();
    }

    /**
     * {@code DELETE documents/{doc}}: the BOARD removes a document, until the first vote.
     * @param id the ballot's id
     * @param doc the document's id
     * @param sc the caller's security context
     * @return 204 No Content
     */
    @DELETE
    @Path("documents/{doc}")
    public Response detach(@PathParam("id") UUID id, @PathParam("doc") String doc, @Context SecurityContext sc) {
        briefings.detachLink(Actors.of(sc), new BallotId(id), doc);
        return Response.noContent().build();
    }
}
