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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.coopkit.core.auth.IssuedToken;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.errors.RetryLater;
import org.coopkit.core.web.ClientAddress;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.glassfish.jersey.server.ContainerRequest;

/** Log in with email and password (the session is a core API token in an HttpOnly cookie); log out revokes it. */
@Path("/login")
@Produces(MediaType.TEXT_HTML)
public final class LoginPages {
    private final Ui ui;

    LoginPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response form(@QueryParam("next") String next, @Context ContainerRequest req) {
        Viewer v = ui.viewer(req);
        if (v.loggedIn()) return Response.seeOther(URI.create(safeNext(next))).build();
        return ui.page(v, "login.jte", "form", Form.empty().with("next", safeNext(next)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("email") String email, @FormParam("password") String password, @FormParam("next") String next,
                          @Context ContainerRequest req) {
        Form form = Form.empty().with("email", email == null ? "" : email.trim()).with("next", safeNext(next));
        if (email == null || email.isBlank()) form.error("email", "Enter your email address.");
        if (password == null || password.isEmpty()) form.error("password", "Enter your password.");
        Viewer anonymous = Viewer.anonymous(java.util.Optional.empty(), Ui.language(req));
        if (form.hasErrors()) return ui.page(anonymous, 422, "login.jte", "form", form);
        IssuedToken token;
        try {
            token = ui.app().core().auth().login(email.trim(), password, "web session", TokenKind.SESSION, ClientAddress.of(req),
                    req.getHeaderString("User-Agent"));
        } catch (RetryLater e) {
            // throttled (429) or hashing saturated (503): say so in words, with the wait
            long seconds = e.retryAfterSeconds();
            form.error("password", e.kind() == ErrorKind.TOO_MANY_REQUESTS
                    ? "Too many attempts to log in. For your safety, wait " + waitText(seconds) + " and try again."
                    : "Many people are logging in right now. Please try again in a moment.");
            return Response.fromResponse(ui.page(anonymous, e.kind().httpStatus(), "login.jte", "form", form))
                    .header("Retry-After", seconds).build();
        } catch (CoopException e) {
            if (e.kind() != ErrorKind.UNAUTHENTICATED && e.kind() != ErrorKind.UNPROCESSABLE) throw e;
            form.error("password", "This email and password do not match. Check both and try again.");
            return ui.page(anonymous, 401, "login.jte", "form", form);
        }
        NewCookie cookie = new NewCookie.Builder(SessionFilter.COOKIE).value(token.secret()).path("/").httpOnly(true)
                .secure(Ui.isSecure(req)).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeNext(next))).cookie(cookie).build();
    }

    private static String waitText(long seconds) {
        return seconds < 60 ? seconds + (seconds == 1 ? " second" : " seconds") : (seconds + 59) / 60 + " minutes";
    }

    /** Only a local path: never redirect a member to another site after login. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/login")) return "/";
        return next;
    }
}
