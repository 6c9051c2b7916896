package org.coopkit.core.web;

import java.security.Principal;
import org.coopkit.core.actors.Actor;

/** The authenticated {@link Actor}, as Jersey's SecurityContext carries it. */
public record ActorPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
        return actor.name();
    }
}
