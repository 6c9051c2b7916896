package org.coopkit.core.actors;

import java.util.List;
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
        this(actor, why, List.of(), false);
    }

    /** The roles that would have been accepted; empty when the refusal is not about roles. */
    private final List<Role> required;
    /** Whether the data belonged to another member. */
    private final boolean ownDataOnly;

    private AccessDenied(Actor actor, String why, List<Role> required, boolean ownDataOnly) {
        super(ErrorKind.FORBIDDEN, "access-denied", "access denied: " + why);
        this.required = List.copyOf(required);
        this.ownDataOnly = ownDataOnly;
    }

    /**
     * The refusal of an actor who holds none of the roles (code {@code access-denied}).
     *
     * @param actor the actor who was refused
     * @param any   the roles that would have been accepted
     * @return the refusal, naming the roles in its message and in {@link #required()}
     */
    public static AccessDenied requiring(Actor actor, List<Role> any) {
        return new AccessDenied(actor, "requires one of " + any, any, false);
    }

    /**
     * The refusal of a member who reached for another member's data (code {@code access-denied}).
     *
     * @param actor the actor who was refused
     * @return the refusal, with {@link #ownDataOnly()} true
     */
    public static AccessDenied ownDataOnly(Actor actor) {
        return new AccessDenied(actor, "may only read or change their own data", List.of(), true);
    }

    /**
     * The roles that would have been accepted, so that a page can name them in its own language.
     *
     * @return the roles, empty when the refusal is not about roles
     */
    public List<Role> required() {
        return required;
    }

    /**
     * Whether the actor was refused because the data belongs to another member.
     *
     * @return true for a refusal made by {@link Actor#requireSelfOr}
     */
    public boolean ownDataOnly() {
        return ownDataOnly;
    }
}
