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
import java.net.URI;
import java.util.List;
import org.coopkit.core.auth.ApiToken;
import org.glassfish.jersey.server.ContainerRequest;

/** "Where am I logged in": the member's web sessions and API tokens, each revocable, or all the others at once. */
@Path("/me/sessions")
@Produces(MediaType.TEXT_HTML)
public final class SessionPages {
    private final Ui ui;

    SessionPages(Ui ui) {
        this.ui = ui;
    }

    /** A session as the member reads it. */
    public record SessionRow(String id, String kind, String label, String client, String opened, String lastUsed, String expires,
                             boolean current) {
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> page(ui.member(req), req, Form.empty(), 200));
    }

    private Response page(Viewer v, ContainerRequest req, Form form, int status) {
        Object current = req.getProperty(SessionFilter.SESSION_ID_PROPERTY);
        List<SessionRow> rows = ui.app().core().auth().sessions(v.actor()).stream().map(t -> row(v, t, current)).toList();
        return ui.page(v, status, "me/sessions.jte", "sessions", rows, "form", form);
    }

    /** A new password ends every other session and token; this browser stays logged in. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("_csrf") String csrf, @FormParam("currentPassword") String current,
                                   @FormParam("newPassword") String fresh, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            Form form = Form.empty();
            if (current == null || current.isEmpty()) form.error("currentPassword", v.t("sessions.current.missing"));
            if (fresh == null || fresh.length() < 10) form.error("newPassword", v.t("password.short"));
            if (form.hasErrors()) return page(v, req, form, 422);
            try {
                ui.app().core().auth().changePassword(v.actor(), (String) req.getProperty(SessionFilter.SESSION_PROPERTY), current, fresh);
            } catch (org.coopkit.core.errors.InvalidInput e) {
                if (e.fieldErrors().containsKey("currentPassword")) form.error("currentPassword", v.t("sessions.current.wrong"));
                else form.error("newPassword", v.t("password.short"));
                return page(v, req, form, 422);
            }
            return ui.redirect("/me/sessions", v.t("sessions.changed"), req);
        });
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") String id, @FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            ui.app().core().auth().revoke(v.actor(), id);
            if (id.equals(req.getProperty(SessionFilter.SESSION_ID_PROPERTY))) {
                return Response.seeOther(URI.create("/login")).cookie(Ui.clearCookie(SessionFilter.COOKIE, Ui.isSecure(req))).build();
            }
            return ui.redirect("/me/sessions", v.t("sessions.closed"), req);
        });
    }

    @POST
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeOthers(@FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            int n = ui.app().core().auth().revokeAll(v.actor(), (String) req.getProperty(SessionFilter.SESSION_ID_PROPERTY));
            return ui.redirect("/me/sessions", v.t("sessions.closed.others", n), req);
        });
    }

    private SessionRow row(Viewer v, ApiToken t, Object current) {
        String kind = t.kind() == org.coopkit.core.auth.TokenKind.SESSION ? v.t("sessions.kind.web") : v.t("sessions.kind.api");
        java.time.Instant ends = t.idleUntil().isBefore(t.expiresAt()) ? t.idleUntil() : t.expiresAt();
        return new SessionRow(t.id(), kind, t.label() == null ? "" : t.label(), t.client().isBlank() ? v.t("sessions.unknown") : t.client(),
                v.when(t.createdAt()), v.when(t.lastUsedAt()), v.when(ends), t.id().equals(current));
    }
}
