package org.coopkit.core.actors;

/**
 * What an actor may do. A person may hold several roles (a board member is also a member). No role
 * implies another: ADMIN is a technical role and implies neither BOARD nor TREASURER.
 */
public enum Role {
    /** An admitted member of the co-op: reads their own data and votes. */
    MEMBER,
    /** A member of the board: admits members, decides and grants roles to others. */
    BOARD,
    /** Keeps the books: records capital payments and redemptions. */
    TREASURER,
    /** Technical operator of the installation; implies no co-op power. */
    ADMIN
}
