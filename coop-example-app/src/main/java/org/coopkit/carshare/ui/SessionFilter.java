package org.coopkit.carshare.ui;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.web.ActorSecurityContext;

/**
 * Turns the session cookie into the request's {@link Actor} on the web pages (never under
 * {@code /api}: the API takes bearer tokens only, so a cookie can never drive it cross-site). A
 * revoked or unknown cookie counts as anonymous; the page then asks to log in.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class SessionFilter implements ContainerRequestFilter {
    static final String COOKIE = "coopkit_session";
    static final String SESSION_PROPERTY = "coopkit.ui.session";
    private final AuthService auth;

    SessionFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (Ui.isApi(request.getUriInfo().getPath())) return;
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) return;
        try {
            Actor actor = auth.authenticate(cookie.getValue());
            boolean secure = Ui.isSecure(request);
            request.setProperty(SESSION_PROPERTY, cookie.getValue());
            request.setSecurityContext(new ActorSecurityContext(actor, secure, "Session"));
        } catch (CoopException e) {
            // stale cookie: stay anonymous
        }
    }
}
