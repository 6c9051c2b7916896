package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.members.MemberId;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Proxies on a ballot, from its voting page ({@link VotePages}): a member asks another member of
 * the roll to vote for them, the holder accepts or declines, the grantor revokes. A refusal comes
 * back as the ballot page with the message next to the holder search.
 */
@Path("/vote/{id}/proxy")
@Produces(MediaType.TEXT_HTML)
public final class ProxyPages {
    private final Ui ui;
    private final GovernanceModule gov;
    private final VotePages votes;

    ProxyPages(Ui ui, GovernanceModule gov, VotePages votes) {
        this.ui = ui;
        this.gov = gov;
        this.votes = votes;
    }

    /** The member asks the chosen holder to carry their vote on this ballot. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response giveProxy(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("holder") String holder,
                              @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            BallotId bid = VotePages.ballotId(id);
            Form form = Form.empty();
            Optional<MemberId> h = Optional.ofNullable(holder).map(String::trim).filter(x -> x.matches("[0-9a-fA-F-]{36}")).map(VotePages::memberId);
            if (h.isEmpty()) return votes.ballotPage(v, bid, form.error("find", v.t("ballot.proxy.choose")), 422);
            try {
                gov.proxies().give(v.actor(), bid, h.get());
            } catch (CoopException e) {
                if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.UNAUTHENTICATED) throw e;
                return votes.ballotPage(v, bid, form.error("find", Ui.readable(v.i18n(), e)), e.kind().httpStatus());
            }
            return ui.redirect("/vote/" + id, v.t("ballot.proxy.asked.done", votes.name(h.get())), req);
        });
    }

    /** The holder accepts or declines a mandate. */
    @POST
    @Path("{proxy}/{answer: acceptance|declining}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerProxy(@PathParam("id") String id, @PathParam("proxy") String proxy, @PathParam("answer") String answer,
                                @FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            try {
                if (answer.equals("acceptance")) {
                    var p = gov.proxies().accept(v.actor(), VotePages.proxyId(proxy));
                    return ui.redirect("/vote/" + id, v.t("ballot.mandate.accepted.done", votes.name(p.grantor())), req);
                }
                var p = gov.proxies().decline(v.actor(), VotePages.proxyId(proxy));
                return ui.redirect("/vote/" + id, v.t("ballot.mandate.declined.done", votes.name(p.grantor())), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return ui.redirect("/vote/" + id, Ui.readable(v.i18n(), e), req);
            }
        });
    }

    /** The grantor takes their mandate back. */
    @POST
    @Path("{proxy}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeProxy(@PathParam("id") String id, @PathParam("proxy") String proxy, @FormParam("_csrf") String csrf,
                                @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            gov.proxies().revoke(v.actor(), VotePages.proxyId(proxy));
            return ui.redirect("/vote/" + id, v.t("ballot.proxy.revoked"), req);
        });
    }
}
