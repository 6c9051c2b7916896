package org.coopkit.core.auth;

import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.actors.Role;

/** No one grants themselves a role, nor revokes their own: another board member decides (403). */
public final class SelfGrantRefused extends CoopException {
    /**
     * Creates the refusal with code {@code self-grant}.
     *
     * @param actor the actor who tried to change their own roles
     * @param role  the role concerned
     * @param what  the verb refused, {@code "grant"} or {@code "revoke"}
     */
    public SelfGrantRefused(Actor actor, Role role, String what) {
        super(ErrorKind.FORBIDDEN, "self-grant", "no one may " + what + " a role for themselves: another board member decides on " + role);
    }
}
