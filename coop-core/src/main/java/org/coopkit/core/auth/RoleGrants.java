package org.coopkit.core.auth;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.auth.internal.AuthStore;
import org.coopkit.core.errors.Conflict;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberNotFound;
import org.coopkit.core.members.MemberStatus;
import org.coopkit.core.members.Members;
import org.coopkit.core.persistence.Transactions;

/**
 * Roles: granted and revoked by the board, never by the grantee for themselves (trust rule "no one
 * grants themselves a role"), audited; and the actor a member is now, with the roles held now.
 */
final class RoleGrants {
    private final Transactions tx;
    private final Members members;
    private final AuthStore store;
    private final AuditLog audit;

    RoleGrants(Transactions tx, Members members, AuthStore store, AuditLog audit) {
        this.tx = tx;
        this.members = members;
        this.store = store;
        this.audit = audit;
    }

    /** A member in status MEMBER holds MEMBER plus the granted roles; anyone else holds none. */
    static Actor actorOf(Member m, Set<Role> granted) {
        if (m.status() != MemberStatus.MEMBER) {
            return new Actor(Optional.of(m.id()), Set.of(), "member:" + m.id());
        }
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        roles.addAll(granted);
        return new Actor(Optional.of(m.id()), roles, "member:" + m.id());
    }

    Actor actorFor(MemberId member) {
        return tx.inTransaction(() -> actorOf(members.find(member).orElseThrow(() -> new MemberNotFound(member)), store.roles(member)));
    }

    void grant(Actor actor, MemberId member, Role role) {
        checkRoleChange(actor, member, role, "grant");
        tx.run(() -> {
            Member m = members.find(member).orElseThrow(() -> new MemberNotFound(member));
            if (m.status() != MemberStatus.MEMBER) {
                throw new Conflict("role-for-non-member", "only an admitted member can hold a role; "
                        + m.name() + " is " + m.status());
            }
            if (store.roles(member).contains(role)) return;
            store.grant(member, role);
            audit.record(actor, "member.role-granted", member.toString(), role.name());
        });
    }

    void revoke(Actor actor, MemberId member, Role role) {
        checkRoleChange(actor, member, role, "revoke");
        tx.run(() -> {
            members.find(member).orElseThrow(() -> new MemberNotFound(member));
            if (!store.roles(member).contains(role)) return;
            store.ungrant(member, role);
            audit.record(actor, "member.role-revoked", member.toString(), role.name());
        });
    }

    private static void checkRoleChange(Actor actor, MemberId member, Role role, String what) {
        actor.require(Role.BOARD);
        if (role == Role.MEMBER) {
            throw new InvalidInput("role", "MEMBER is not granted: it comes with admission and ends with suspension, withdrawal or exclusion");
        }
        if (actor.isSelf(member)) throw new SelfGrantRefused(actor, role, what);
    }

    Set<Role> roles(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD);
        return tx.inTransaction(() -> store.roles(member));
    }
}
