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
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.accounts.SignUps;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.privacy.Purpose;
import org.coopkit.core.web.ClientAddress;
import org.glassfish.jersey.server.ContainerRequest;

/** Joining online: the application form (no use of data pre-ticked) and the page of the confirmation link. */
@Produces(MediaType.TEXT_HTML)
@Path("/signup")
public final class SignUpPages {
    private final Ui ui;
    private final Optional<SignUps> signUps;
    private final TokenPasswordPage page;

    SignUpPages(Ui ui) {
        this.ui = ui;
        this.signUps = ui.app().signUps();
        this.page = new TokenPasswordPage(ui, "signup-confirm.jte");
    }

    private Response form(Viewer v, int status, Form form, boolean sent) {
        List<Purpose> optional = ui.app().core().dataPolicy().current().purposes().stream().filter(Purpose::needsConsent).toList();
        return ui.page(v, status, "signup.jte", "form", form, "categories", ui.app().core().statutes().categories(), "purposes", optional,
                "sent", sent, "available", signUps.isPresent());
    }

    @GET
    public Response show(@Context ContainerRequest req) {
        return form(ui.viewer(req), 200, Form.empty().with("category", "user"), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@FormParam("name") String name, @FormParam("email") String email, @FormParam("category") String category,
                          @FormParam("consents") List<String> consents, @Context ContainerRequest req) {
        Viewer v = ui.viewer(req);
        Form form = Form.empty().with("name", name == null ? "" : name).with("email", email == null ? "" : email)
                .with("category", category == null ? "" : category).with("consents", consents == null ? "" : String.join(",", consents));
        if (signUps.isEmpty()) return form(v, 404, form, false);
        try {
            signUps.get().signUp(new SignUps.SignUp(name, email, category, consents), ClientAddress.of(req), v.i18n());
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((f, m) -> form.error(f, Ui.fieldError(v.i18n(), "signup." + f, m)));
            return form(v, 422, form, false);
        } catch (RetryLater e) {
            form.error("email", v.t("signup.too-many"));
            return Response.fromResponse(form(v, 429, form, false)).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return form(v, 200, Form.empty(), true);
    }

    @GET
    @Path("confirm")
    public Response confirmForm(@QueryParam("token") String token, @Context ContainerRequest req) {
        return page.form(req, token, signUps.map(s -> s::live));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("token") String token, @FormParam("password") String password, @Context ContainerRequest req) {
        Viewer v = ui.viewer(req);
        return page.post(req, token, password, signUps.map(s -> s::confirm))
                .orElseGet(() -> ui.redirect("/login", v.t("signup.confirmed"), req));
    }
}
