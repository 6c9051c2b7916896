package org.coopkit.core.actors;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The actor is known but may not do this (403). */
public final class AccessDenied extends CoopException {
    public AccessDenied(Actor actor, String why) {
        super(ErrorKind.FORBIDDEN, "access-denied", "access denied: " + why);
    }
}
