package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coopkit.core.errors.Conflict;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.privacy.PrivacyService;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The request for erasure after leaving: what is erased and what the law makes the co-op keep, then a
 * confirmation step. Core refuses it while the person is still a member (they withdraw first); the
 * page says so in words. Once erased, the person can no longer log in: the session ends here.
 */
@Path("/me/data/erasure")
@Produces(MediaType.TEXT_HTML)
public final class ErasurePages {
    private final Ui ui;

    ErasurePages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            return page(v, 200, false, null);
        });
    }

    private Response page(Viewer v, int status, boolean confirming, String refusal) {
        Member m = ui.app().core().members().get(v.actor(), v.actor().requireMemberId());
        boolean current = m.status() == MemberStatus.MEMBER || m.status() == MemberStatus.SUSPENDED;
        return ui.page(v, status, "me/erasure.jte", "current", current, "confirming", confirming, "refusal", refusal,
                "years", PrivacyService.RETENTION_YEARS);
    }

    /** Step 1 (no {@code confirmed}): the confirmation page. Step 2 ({@code confirmed=yes}): the erasure. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@FormParam("_csrf") String csrf, @FormParam("confirmed") String confirmed, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            if (!"yes".equals(confirmed)) return page(v, 200, true, null);
            try {
                ui.app().core().privacy().erase(v.actor(), v.actor().requireMemberId());
            } catch (Conflict e) {
                return page(v, 409, false, Ui.readable(v.i18n(), e));
            }
            return Response.fromResponse(ui.redirect("/login", v.t("erasure.done"), req))
                    .cookie(Ui.clearCookie(SessionFilter.COOKIE, Ui.isSecure(req))).build();
        });
    }
}
