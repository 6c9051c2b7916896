package org.coopkit.core.auth;

import org.coopkit.core.actors.Actor;

/**
 * A token presented, checked by {@link AuthService#authenticate(String, TokenKind)}: the actor it
 * stands for and the token itself.
 *
 * @param actor the actor the token stands for, with the roles held now
 * @param token the token as stored
 */
public record Authenticated(Actor actor, ApiToken token) {
}
