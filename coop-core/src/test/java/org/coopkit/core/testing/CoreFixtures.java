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

    /** A member who also holds the given roles. */
    public static Member admittedWithRole(CoreModule core, String name, String category, Role... roles) {
        Member m = admitted(core, name, category);
        for (Role r : roles) core.auth().grantRole(Actor.system(), m.id(), r);
        return m;
    }
}
