package org.coopkit.core.actors;

/**
 * What an actor may do. A person may hold several roles (a board member is also a member). No role
 * implies another: ADMIN is a technical role and implies neither BOARD nor TREASURER.
 */
public enum Role {
    MEMBER, BOARD, TREASURER, ADMIN
}
