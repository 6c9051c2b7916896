package org.coopkit.carshare.ui;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.Authenticated;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.web.ActorSecurityContext;

/**
 * Turns the session cookie into the request's {@link Actor} on the web pages (never under
 * {@code /api}, however the path is spelled: the API takes bearer tokens only, so a cookie can never
 * drive it cross-site; core's bearer filter drops it again on any resource of the API, whatever
 * reached it). A revoked, expired (idle or absolute) or unknown cookie counts as anonymous; the page
 * then asks to log in.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class SessionFilter implements ContainerRequestFilter {
    static final String COOKIE = "coopkit_session";
    static final String SESSION_PROPERTY = "coopkit.ui.session";
    static final String SESSION_ID_PROPERTY = "coopkit.ui.session-id";
    private final AuthService auth;

    SessionFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (Ui.isApi(request)) return;
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) return;
        try {
            Authenticated session = auth.authenticate(cookie.getValue(), TokenKind.SESSION);
            Actor actor = session.actor();
            boolean secure = Ui.isSecure(request);
            request.setProperty(SESSION_PROPERTY, cookie.getValue());
            request.setProperty(SESSION_ID_PROPERTY, session.token().id());
            request.setSecurityContext(new ActorSecurityContext(actor, secure, "Session"));
        } catch (CoopException e) {
            // stale cookie: stay anonymous
        }
    }
}
