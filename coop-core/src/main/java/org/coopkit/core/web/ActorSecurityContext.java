package org.coopkit.core.web;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.coopkit.core.actors.Actor;

/**
 * A JAX-RS SecurityContext over an {@link Actor}: what an authentication filter puts on the request
 * so that {@link Actors#of} finds the actor. Roles are {@code Role} names.
 *
 * @param scheme e.g. {@code Bearer}, or {@code Session} for a web UI's cookie
 */
public record ActorSecurityContext(Actor actor, boolean secure, String scheme) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
        return new ActorPrincipal(actor);
    }

    @Override
    public boolean isUserInRole(String role) {
        return actor.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
