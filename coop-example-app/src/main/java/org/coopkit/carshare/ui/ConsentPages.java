package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.privacy.Consent;
import org.coopkit.core.privacy.Purpose;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Consent per purpose: each purpose of the data-use policy in force that rests on consent, with the
 * date the member gave or withdrew it, and a button to give or withdraw it.
 */
@Path("/me/data/consents")
@Produces(MediaType.TEXT_HTML)
public final class ConsentPages {
    private final Ui ui;

    ConsentPages(Ui ui) {
        this.ui = ui;
    }

    /**
     * One purpose as the member sees it.
     *
     * @param purpose the purpose of the policy
     * @param latest  the member's latest consent to it (active or withdrawn), if they ever gave one
     */
    public record ConsentRow(Purpose purpose, Optional<Consent> latest) {
        /** Whether the member consents now. */
        public boolean active() {
            return latest.map(Consent::active).orElse(false);
        }
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            return ui.page(v, "me/consents.jte", "rows", rows(v.actor()));
        });
    }

    /** Gives ({@code grant}) or withdraws ({@code withdrawal}) consent to one purpose of the policy. */
    @POST
    @Path("{purpose}/{action: grant|withdrawal}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("purpose") String purpose, @PathParam("action") String action, @FormParam("_csrf") String csrf,
                           @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            MemberId me = v.actor().requireMemberId();
            try {
                if (action.equals("grant")) ui.app().core().consents().grant(v.actor(), me, purpose);
                else ui.app().core().consents().revoke(v.actor(), me, purpose);
            } catch (InvalidInput e) {
                return ui.error(v, 404, v.t("consents.unknown"));
            }
            return ui.redirect("/me/data/consents", v.t(action.equals("grant") ? "consents.given" : "consents.withdrawn"), req);
        });
    }

    private List<ConsentRow> rows(Actor actor) {
        List<Consent> mine = ui.app().core().consents().consents(actor, actor.requireMemberId());
        return ui.app().core().dataPolicy().current().purposes().stream().filter(Purpose::needsConsent)
                .map(p -> new ConsentRow(p, mine.stream().filter(c -> c.purpose().equals(p.code()))
                        .max(Comparator.comparing(Consent::grantedAt)))).toList();
    }
}
