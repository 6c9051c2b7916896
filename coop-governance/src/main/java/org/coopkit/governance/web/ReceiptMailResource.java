package org.coopkit.governance.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.UUID;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;

/** A voter asks for the receipt of their vote by mail (docs/mail.md): 202, the mail leaves after commit. */
@Path("/api/ballots/{id}/receipt-mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ReceiptMailResource {
    private final GovernanceModule gov;

    /**
     * Registered by {@link GovernanceFeature}.
     *
     * @param gov the governance module
     */
    public ReceiptMailResource(GovernanceModule gov) {
        this.gov = gov;
    }

    /** Request body: the tracking code the voter was given. */
    public record ReceiptMailBody(String trackingCode) {
    }

    /**
     * {@code POST}: a MEMBER who voted has the receipt of their vote mailed to them (202; 422 when no mail is configured or the code is not theirs).
     * @param id the ballot's id
     * @param body the tracking code
     * @param sc the caller's security context
     * @return 202 Accepted
     */
    @POST
    public Response mail(@PathParam("id") UUID id, ReceiptMailBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        gov.mailer().mailReceipt(Actors.of(sc), new BallotId(id), body.trackingCode() == null ? "" : body.trackingCode());
        return Response.accepted(Map.of("queued", true, "note", "the receipt is sent to your e-mail address")).build();
    }
}
