package org.coopkit.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.core.CoreModule;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberApplication;

/** Builders for tests of modules that embed core: real members in a real database, no mocks. */
public final class CoreFixtures {
    private static final AtomicInteger SEQ = new AtomicInteger();
    public static final String PASSWORD = "correct horse battery";

    private CoreFixtures() {
    }

    /** The board as the system acts for it. */
    public static Actor board() {
        return Actor.system();
    }

    /** An applicant with a unique email. */
    public static Member applicant(CoreModule core, String name, String category) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + SEQ.incrementAndGet() + "@example.org";
        return core.members().apply(Actor.anonymous(), MemberApplication.of(name, email, category).withPassword(PASSWORD));
    }

    /** A member in status MEMBER with the next membership number. */
    public static Member admitted(CoreModule core, String name, String category) {
        Member a = applicant(core, name, category);
        return core.members().admit(board(), a.id(), "test admission");
    }

    /** The actor a member is (their roles), as the REST kit would build it from their token. */
    public static Actor actor(CoreModule core, Member member) {
        return core.auth().actorFor(member.id());
    }

    /**
     * A founding board member's actor: admitted and granted BOARD by the system, as the application's
     * first start does (DemoData, the bootstrap), then read back as the REST kit would from a token.
     */
    public static Actor founder(CoreModule core) {
        return actor(core, admittedWithRole(core, "Founder", "worker", Role.BOARD));
    }

    /** A board member's actor: admitted, then granted BOARD by a founding board member, as production grants. */
    public static Actor boardMember(CoreModule core) {
        return withRoles(core, Role.BOARD);
    }

    /** A treasurer's actor: admitted, then granted TREASURER by a board member, as production grants. */
    public static Actor treasurer(CoreModule core) {
        return withRoles(core, Role.TREASURER);
    }

    /** The actor of a new member granted {@code roles} by a founding board member (through {@code AuthService.grantRole}). */
    public static Actor withRoles(CoreModule core, Role... roles) {
        Actor grantor = founder(core);
        Member m = admitted(core, "Holder", "worker");
        for (Role r : roles) core.auth().grantRole(grantor, m.id(), r);
        return actor(core, m);
    }

    /**
     * An actor who lacks every one of {@code roles}: when MEMBER is among them, an applicant not yet
     * admitted; otherwise a member granted all the other roles (so no other role lets them through).
     */
    public static Actor lacking(CoreModule core, Role... roles) {
        java.util.Set<Role> lack = java.util.EnumSet.noneOf(Role.class);
        lack.addAll(java.util.List.of(roles));
        if (lack.contains(Role.MEMBER)) return actor(core, applicant(core, "Applicant", "user"));
        java.util.Set<Role> others = java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(lack));
        others.remove(Role.MEMBER);
        return withRoles(core, others.toArray(Role[]::new));
    }

    /** A member who also holds the given roles. */
    public static Member admittedWithRole(CoreModule core, String name, String category, Role... roles) {
        Member m = admitted(core, name, category);
        for (Role r : roles) core.auth().grantRole(Actor.system(), m.id(), r);
        return m;
    }
}
