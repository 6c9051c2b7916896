package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.coopkit.carshare.accounts.PasswordResets;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.web.ClientAddress;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * "Forgot your password?" and the page of the link the mail carries ({@link PasswordResets}): the
 * request answers the same for every address; the link's page never sends its token on as a referrer.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public final class PasswordResetPages {
    private final Ui ui;
    private final Optional<PasswordResets> resets;
    private final TokenPasswordPage page;

    PasswordResetPages(Ui ui) {
        this.ui = ui;
        this.resets = ui.app().passwordResets();
        this.page = new TokenPasswordPage(ui, "reset-password.jte");
    }

    @GET
    @Path("forgot-password")
    public Response forgotForm(@Context ContainerRequest req) {
        return ui.page(ui.viewer(req), "forgot-password.jte", "form", Form.empty(), "available", resets.isPresent());
    }

    @POST
    @Path("forgot-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgot(@FormParam("email") String email, @Context ContainerRequest req) {
        Viewer v = ui.viewer(req);
        Form form = Form.empty().with("email", email == null ? "" : email.trim());
        if (resets.isEmpty()) return ui.page(v, 404, "forgot-password.jte", "form", form, "available", false);
        try {
            resets.get().request(email, ClientAddress.of(req), v.i18n());
        } catch (InvalidInput e) {
            return ui.page(v, 422, "forgot-password.jte", "form", form.error("email", v.t("reset.email.missing")), "available", true);
        } catch (RetryLater e) {
            form.error("email", v.t("reset.too-many"));
            return Response.fromResponse(ui.page(v, 429, "forgot-password.jte", "form", form, "available", true))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        return ui.page(v, "forgot-password.jte", "form", form, "sent", true, "available", true);
    }

    @GET
    @Path("reset-password")
    public Response resetForm(@QueryParam("token") String token, @Context ContainerRequest req) {
        return page.form(req, token, resets.map(r -> r::live));
    }

    @POST
    @Path("reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@FormParam("token") String token, @FormParam("password") String password, @Context ContainerRequest req) {
        Viewer v = ui.viewer(req);
        // every session ended, also the one this browser may have had: its cookie goes too
        return page.post(req, token, password, resets.map(r -> r::reset)).orElseGet(() ->
                Response.fromResponse(ui.redirect("/login", v.t("reset.done"), req))
                        .cookie(Ui.clearCookie(SessionFilter.COOKIE, Ui.isSecure(req))).build());
    }
}
