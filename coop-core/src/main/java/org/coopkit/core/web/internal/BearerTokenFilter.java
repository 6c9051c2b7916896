package org.coopkit.core.web.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.web.ActorSecurityContext;

/**
 * Reads {@code Authorization: Bearer <token>} and puts the token's {@link Actor} in the request's
 * SecurityContext. No header: the request goes on as anonymous (resources refuse what needs more).
 * A bad token: 401 at once. A principal already set (e.g. by the app's session filter) is kept.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
    private final AuthService auth;

    public BearerTokenFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) return;
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(ProblemMappers.of(new org.coopkit.core.auth.InvalidCredentials()));
            return;
        }
        try {
            Actor actor = auth.authenticate(header.substring(7).trim());
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new ActorSecurityContext(actor, secure, "Bearer"));
        } catch (CoopException e) {
            request.abortWith(ProblemMappers.of(e));
        }
    }
}
