package org.coopkit.carshare.ui;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopkit.carshare.i18n.I18n;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The safety net of the pages: any problem+json answer on a page path (an unknown address, a
 * wrong method, an unexpected failure) becomes an HTML error page; pages also get security headers.
 */
final class ErrorPages implements ContainerResponseFilter {
    private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 409, 415, 422, 500);
    private final Ui ui;

    ErrorPages(Ui ui) {
        this.ui = ui;
    }

    static String title(I18n i18n, int status) {
        return i18n.t(TITLED.contains(status) ? "error.title." + status : "error.title.other");
    }

    static String explain(I18n i18n, int status) {
        return i18n.t(switch (status) {
            case 404, 405, 500 -> "error.explain." + status;
            default -> "error.explain.other";
        });
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Ui.isApi(request)) return;
        var h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        if (!h.containsKey("Referrer-Policy")) h.putSingle("Referrer-Policy", "same-origin"); // a reset link's page sends none
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'");
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().equals("problem+json")) {
            int status = response.getStatus();
            Viewer viewer = Optional.of(request).filter(ContainerRequest.class::isInstance).map(ContainerRequest.class::cast)
                    .map(r -> {
                        try {
                            return ui.viewer(r);
                        } catch (RuntimeException e) {
                            return null;
                        }
                    }).orElse(Viewer.anonymous(Optional.empty(), Ui.language(request)));
            String html = ui.render("error.jte", Map.of("viewer", viewer, "status", status, "title", title(viewer.i18n(), status), "detail", explain(viewer.i18n(), status)));
            response.setEntity(html, null, MediaType.valueOf("text/html; charset=utf-8"));
        }
    }
}
