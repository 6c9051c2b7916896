package org.coopkit.carshare.ui;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * Refuses a page POST whose {@code Origin} names another site, before anything runs. It covers the
 * login form too (which has no session to bind a CSRF token to); the per-session CSRF token still
 * guards every other form, for browsers that send no Origin.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
final class SameOriginPosts implements ContainerRequestFilter {
    private final Ui ui;

    SameOriginPosts(Ui ui) {
        this.ui = ui;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || Ui.isApi(request)) return;
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) return;
        String host = request.getHeaderString("X-Forwarded-Host");
        if (host == null || host.isBlank()) host = request.getHeaderString("Host");
        String originHost;
        try {
            originHost = URI.create(origin.trim()).getAuthority();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host == null || !host.trim().equalsIgnoreCase(originHost)) {
            String html = ui.render("error.jte", Map.of("viewer", Viewer.anonymous(java.util.Optional.empty(), Ui.language(request)), "status", 403,
                    "title", ErrorPages.title(Ui.language(request), 403), "detail", Ui.language(request).t("error.other-site")));
            request.abortWith(Response.status(403).type("text/html; charset=utf-8").entity(html).build());
        }
    }
}
