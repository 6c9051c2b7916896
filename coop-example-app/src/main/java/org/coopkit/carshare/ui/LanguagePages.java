package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.LocaleChoice;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The FR/EN switch of the layout. For an anonymous visitor it is a plain link (GET) that remembers
 * the language in a cookie only, so it works before login. For a logged-in member it is a small POST
 * form carrying the session's CSRF token, which also saves the choice as the member's preference
 * (so it follows them to another browser): a link from another site could otherwise change a saved
 * setting. A GET from a logged-in member switches the cookie and saves nothing. Either way it goes
 * back to the page it came from.
 */
@Path("/lang")
public final class LanguagePages {
    private final Ui ui;

    LanguagePages(Ui ui) {
        this.ui = ui;
    }

    /** The link: the cookie only, whoever clicks it. */
    @GET
    public Response choose(@QueryParam("to") String lang, @Context ContainerRequest req) {
        Optional<I18n> chosen = I18n.supported(lang);
        if (chosen.isEmpty()) return Response.seeOther(URI.create(back(req))).build(); // an unknown language changes nothing
        return switched(req, chosen.get());
    }

    /** The logged-in member's form: with this session's CSRF token, also saves the member's preference. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("to") String lang, @FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            Optional<I18n> chosen = I18n.supported(lang);
            if (chosen.isEmpty()) return Response.seeOther(URI.create(back(req))).build();
            v.actor().memberId().ifPresent(me -> ui.languages().save(me, chosen.get()));
            return switched(req, chosen.get());
        });
    }

    private static Response switched(ContainerRequest req, I18n chosen) {
        NewCookie cookie = new NewCookie.Builder(LocaleChoice.COOKIE).value(chosen.lang()).path("/").httpOnly(true)
                .secure(Ui.isSecure(req)).sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600).build();
        return Response.seeOther(URI.create(back(req))).cookie(cookie).build();
    }

    /** The page the switch was clicked on (same site only), else home. */
    private static String back(ContainerRequest req) {
        String referer = req.getHeaderString("Referer");
        if (referer == null) return "/";
        try {
            URI r = URI.create(referer);
            URI self = req.getRequestUri();
            if (r.getHost() != null && !r.getHost().equalsIgnoreCase(self.getHost())) return "/";
            if (r.getPort() != self.getPort()) return "/";
            String path = r.getRawPath() == null || r.getRawPath().isEmpty() ? "/" : r.getRawPath();
            String next = path + (r.getRawQuery() == null ? "" : "?" + r.getRawQuery());
            return !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/lang") ? "/" : next;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
