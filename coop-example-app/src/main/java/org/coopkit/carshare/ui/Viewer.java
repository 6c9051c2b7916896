package org.coopkit.carshare.ui;

import java.time.Instant;
import java.util.Optional;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;

/**
 * Who is looking at a page: their actor, their display name, the CSRF token every form of the page
 * carries, a one-shot message left by the previous POST (post/redirect/get), and whether the
 * app runs the voting pages, and the language the page speaks ({@link #t} for its words).
 */
public record Viewer(Actor actor, String name, String csrf, Optional<String> flash, boolean voting, I18n i18n) {
    public static Viewer anonymous(Optional<String> flash) {
        return anonymous(flash, I18n.ENGLISH);
    }

    public static Viewer anonymous(Optional<String> flash, I18n i18n) {
        return new Viewer(Actor.anonymous(), "", "", flash, false, i18n);
    }

    /** The words of a key in the page's language (see {@link I18n#t}). */
    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    /** The page's language, for {@code <html lang>}. */
    public String lang() {
        return i18n.lang();
    }

    public String when(Instant t) {
        return i18n.when(t);
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
