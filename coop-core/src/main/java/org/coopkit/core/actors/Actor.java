package org.coopkit.core.actors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.members.MemberId;

/**
 * Who is asking: a member id (absent for the system or an anonymous applicant) and roles. Every
 * service of CoopKit takes an {@code Actor} and checks it itself, so an embedding application
 * cannot forget authorization.
 *
 * @param memberId the member, absent for the system and for anonymous callers
 * @param roles    the roles held
 * @param name     for logs and the audit log, e.g. {@code member:<uuid>}
 */
public record Actor(Optional<MemberId> memberId, Set<Role> roles, String name) {

    /**
     * Copies {@code roles} into an immutable set.
     *
     * @param memberId the member, absent for the system and for anonymous callers
     * @param roles    the roles held
     * @param name     for logs and the audit log, e.g. {@code member:<uuid>}
     */
    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * A member, who always holds {@link Role#MEMBER}.
     *
     * @param id    the member
     * @param roles further roles held, e.g. {@link Role#BOARD}
     * @return the actor, named {@code member:<uuid>}
     */
    public static Actor member(MemberId id, Role... roles) {
        Set<Role> set = EnumSet.of(Role.MEMBER, roles);
        return new Actor(Optional.of(id), set, "member:" + id.value());
    }

    /**
     * The application itself (migrations, scheduled jobs, demo data). Holds every role.
     *
     * @return the actor named {@code system}
     */
    public static Actor system() {
        return new Actor(Optional.empty(), EnumSet.allOf(Role.class), "system");
    }

    /**
     * Someone not logged in: may only apply for membership and read public data.
     *
     * @return the actor named {@code anonymous}, with no role
     */
    public static Actor anonymous() {
        return new Actor(Optional.empty(), Set.of(), "anonymous");
    }

    /**
     * Whether the actor holds this role. Roles do not imply one another: ADMIN is technical (password
     * resets, data-rights requests, retention purges) and gives no business power, neither BOARD nor
     * TREASURER (separation of duties).
     *
     * @param role the role
     * @return true when held
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the actor holds at least one of the roles.
     *
     * @param any the roles accepted
     * @return true when one is held; false for no roles given
     */
    public boolean hasAny(Role... any) {
        for (Role r : any) if (has(r)) return true;
        return false;
    }

    /**
     * Refuses unless the actor holds one of the roles.
     *
     * @param any the roles accepted
     * @throws NotAuthenticated when the actor is anonymous
     * @throws AccessDenied when the actor holds none of the roles
     */
    public void require(Role... any) {
        if (memberId.isEmpty() && roles.isEmpty()) throw new NotAuthenticated();
        if (!hasAny(any)) throw AccessDenied.requiring(this, java.util.List.of(any));
    }

    /**
     * Refuses unless the actor is the given member or holds one of the roles.
     *
     * @param member the member whose data is concerned
     * @param any    the roles that may act for someone else
     * @throws NotAuthenticated when the actor is anonymous
     * @throws AccessDenied when the actor is another member without one of the roles
     */
    public void requireSelfOr(MemberId member, Role... any) {
        if (memberId.isEmpty() && roles.isEmpty()) throw new NotAuthenticated();
        if (isSelf(member)) return;
        if (!hasAny(any)) throw AccessDenied.ownDataOnly(this);
    }

    /**
     * Whether the actor is this member.
     *
     * @param member the member
     * @return true when the actor's member id is {@code member}
     */
    public boolean isSelf(MemberId member) {
        return memberId.isPresent() && memberId.get().equals(member);
    }

    /**
     * The member id, refusing an actor that is not a member.
     *
     * @return the actor's member id
     * @throws NotAuthenticated when the actor is anonymous
     * @throws AccessDenied when the actor is the system or has no member id
     */
    public MemberId requireMemberId() {
        return memberId.orElseThrow(() -> memberId.isEmpty() && roles.isEmpty()
                ? new NotAuthenticated() : new AccessDenied(this, "must be a member"));
    }

    @Override
    public String toString() {
        return name + roles;
    }
}
