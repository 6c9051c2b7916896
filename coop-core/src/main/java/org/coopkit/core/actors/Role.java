package org.coopkit.core.actors;

/** What an actor may do. A person may hold several roles (a board member is also a member). */
public enum Role {
    MEMBER, BOARD, TREASURER, ADMIN
}
