package org.coopkit.carshare.ui;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The safety net of the pages: any problem+json answer on a page path (an unknown address, a
 * wrong method, an unexpected failure) becomes an HTML error page; pages also get security headers.
 */
final class ErrorPages implements ContainerResponseFilter {
    private static final Map<Integer, String> TITLES = Map.of(400, "This request could not be read", 401, "Please log in",
            403, "You may not do this", 404, "Page not found", 405, "Not available this way", 409, "This cannot be done now",
            415, "This request could not be read", 422, "Please check what you entered", 500, "Something went wrong on our side");
    private final Ui ui;

    ErrorPages(Ui ui) {
        this.ui = ui;
    }

    static String title(int status) {
        return TITLES.getOrDefault(status, "Something went wrong");
    }

    static String explain(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. Use the menu to find your way.";
            case 405 -> "This address does not accept this kind of request.";
            case 500 -> "The error has been logged. Please try again in a moment.";
            default -> "The request was refused.";
        };
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
                    }).orElse(Viewer.anonymous(Optional.empty()));
            String html = ui.render("error.jte", Map.of("viewer", viewer, "status", status, "title", title(status), "detail", explain(status)));
            response.setEntity(html, null, MediaType.valueOf("text/html; charset=utf-8"));
        }
    }
}
