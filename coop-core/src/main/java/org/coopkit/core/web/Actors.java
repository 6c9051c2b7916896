package org.coopkit.core.web;

import jakarta.ws.rs.core.SecurityContext;
import org.coopkit.core.actors.Actor;

/** The actor behind a request: the token's member, or {@link Actor#anonymous()}. */
public final class Actors {
    private Actors() {
    }

    /**
     * The actor of a JAX-RS request.
     *
     * @param sc the request's security context, may be null
     * @return the authenticated actor, or the anonymous actor when there is none
     */
    public static Actor of(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof ActorPrincipal p) return p.actor();
        return Actor.anonymous();
    }
}
