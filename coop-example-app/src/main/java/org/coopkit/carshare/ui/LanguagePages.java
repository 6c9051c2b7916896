package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.LocaleChoice;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The FR/EN switch of the layout: remembers the language in a cookie (so it works before login)
 * and, for a logged-in member, as their saved preference; then goes back to the page it came from.
 * Changing the language changes nothing else, so a plain link (GET) is enough.
 */
@Path("/lang")
public final class LanguagePages {
    private final Ui ui;

    LanguagePages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response choose(@QueryParam("to") String lang, @Context ContainerRequest req) {
        Optional<I18n> chosen = I18n.supported(lang);
        if (chosen.isEmpty()) return Response.seeOther(URI.create(back(req))).build(); // an unknown language changes nothing
        Viewer v = ui.viewer(req);
        v.actor().memberId().ifPresent(me -> ui.languages().save(me, chosen.get()));
        NewCookie cookie = new NewCookie.Builder(LocaleChoice.COOKIE).value(chosen.get().lang()).path("/").httpOnly(true)
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
