package org.coopkit.core.actors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.members.MemberId;

/**
 * Who is asking: a member id (absent for the system or an anonymous applicant) and roles. Every
 * service of CoopKit takes an {@code Actor} and checks it itself, so an embedding application
 * cannot forget authorization.
 */
public record Actor(Optional<MemberId> memberId, Set<Role> roles, String name) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor member(MemberId id, Role... roles) {
        Set<Role> set = EnumSet.of(Role.MEMBER, roles);
        return new Actor(Optional.of(id), set, "member:" + id.value());
    }

    /** The application itself (migrations, scheduled jobs, demo data). Holds every role. */
    public static Actor system() {
        return new Actor(Optional.empty(), EnumSet.allOf(Role.class), "system");
    }

    /** Someone not logged in: may only apply for membership and read public data. */
    public static Actor anonymous() {
        return new Actor(Optional.empty(), Set.of(), "anonymous");
    }

    /**
     * Whether the actor holds this role. Roles do not imply one another: ADMIN is technical (password
     * resets, data-rights requests, retention purges) and gives no business power, neither BOARD nor
     * TREASURER (separation of duties).
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) if (has(r)) return true;
        return false;
    }

    /** Refuses unless the actor holds one of the roles. */
    public void require(Role... any) {
        if (memberId.isEmpty() && roles.isEmpty()) throw new NotAuthenticated();
        if (!hasAny(any)) throw new AccessDenied(this, "requires one of " + java.util.Arrays.toString(any));
    }

    /** Refuses unless the actor is the given member or holds one of the roles. */
    public void requireSelfOr(MemberId member, Role... any) {
        if (memberId.isEmpty() && roles.isEmpty()) throw new NotAuthenticated();
        if (isSelf(member)) return;
        if (!hasAny(any)) throw new AccessDenied(this, "may only read or change their own data");
    }

    public boolean isSelf(MemberId member) {
        return memberId.isPresent() && memberId.get().equals(member);
    }

    /** The member id, refusing an actor that is not a member. */
    public MemberId requireMemberId() {
        return memberId.orElseThrow(() -> memberId.isEmpty() && roles.isEmpty()
                ? new NotAuthenticated() : new AccessDenied(this, "must be a member"));
    }

    @Override
    public String toString() {
        return name + roles;
    }
}
