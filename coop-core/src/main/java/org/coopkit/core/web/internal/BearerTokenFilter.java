package org.coopkit.core.web.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import org.coopkit.core.auth.AuthService;
import org.coopkit.core.auth.Authenticated;
import org.coopkit.core.auth.TokenKind;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.web.ActorSecurityContext;
import org.coopkit.core.web.ApiPaths;

/**
 * Reads {@code Authorization: Bearer <token>} and puts the token's actor in the request's
 * SecurityContext. No header: the request goes on as anonymous (resources refuse what needs more).
 * A bad, revoked or expired token: 401 at once.
 *
 * <p>It runs after matching, on the resource Jersey chose, so "is this the API?" is answered by the
 * resource's own {@code @Path}, not by how the client spelled the address: whatever the path form
 * ({@code /api;x=1/…}, {@code //api}, encoded slashes, case), a resource of the API sees no
 * identity but a bearer token's. Anything else a filter put there before (a web session cookie)
 * is dropped.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
    private final AuthService auth;

    public BearerTokenFilter(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean api = ApiPaths.matchedApiResource(request);
        SecurityContext before = request.getSecurityContext();
        boolean secure = before != null && before.isSecure();
        if (api && before != null && before.getUserPrincipal() != null) {
            // cookies are ignored under /api: only a bearer token can speak for someone here
            request.setSecurityContext(new ActorSecurityContext(org.coopkit.core.actors.Actor.anonymous(), secure, "None"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) return;
        if (!api && before != null && before.getUserPrincipal() != null) return; // a web page's own session is kept
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(ProblemMappers.of(new org.coopkit.core.auth.InvalidCredentials()));
            return;
        }
        try {
            Authenticated a = auth.authenticate(header.substring(7).trim(), TokenKind.API);
            request.setProperty(ApiPaths.TOKEN_ID_PROPERTY, a.token().id());
            request.setSecurityContext(new ActorSecurityContext(a.actor(), secure, "Bearer"));
        } catch (CoopException e) {
            request.abortWith(ProblemMappers.of(e));
        }
    }
}
