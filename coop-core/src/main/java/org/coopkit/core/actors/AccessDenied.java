package org.coopkit.core.actors;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The actor is known but may not do this (403). */
public final class AccessDenied extends CoopException {
    /**
     * Creates the refusal with code {@code access-denied}.
     *
     * @param actor the actor who was refused (not put in the message)
     * @param why   what the actor lacks, for example the role required
     */
    public AccessDenied(Actor actor, String why) {
        super(ErrorKind.FORBIDDEN, "access-denied", "access denied: " + why);
    }
}
