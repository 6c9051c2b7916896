package org.coopkit.carshare.ui;

import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;

/**
 * Who is looking at a page: their actor, their display name, the CSRF token every form of the page
 * carries, a one-shot message left by the previous POST (post/redirect/get), and whether the
 * app runs the voting pages.
 */
public record Viewer(Actor actor, String name, String csrf, Optional<String> flash, boolean voting) {
    public static Viewer anonymous(Optional<String> flash) {
        return new Viewer(Actor.anonymous(), "", "", flash, false);
    }

    public boolean loggedIn() {
        return actor.memberId().isPresent();
    }

    public boolean member() {
        return actor.has(Role.MEMBER);
    }

    /** ADMIN is technical: it shows neither the board's nor the treasurer's pages. */
    public boolean board() {
        return actor.has(Role.BOARD);
    }

    public boolean treasurer() {
        return actor.has(Role.TREASURER);
    }

    public String flashText() {
        return flash.orElse("");
    }
}
