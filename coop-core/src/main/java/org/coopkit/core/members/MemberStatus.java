package org.coopkit.core.members;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The membership lifecycle. Every allowed transition is listed here, in one place:
 * <pre>
 * APPLICANT → MEMBER                  (admission by the board)
 * MEMBER    → SUSPENDED → MEMBER      (suspension, reinstatement)
 * MEMBER | SUSPENDED → WITHDRAWN      (the member leaves)
 * MEMBER | SUSPENDED → EXCLUDED       (the board excludes)
 * </pre>
 * WITHDRAWN and EXCLUDED are final: a membership number is never reused.
 */
public enum MemberStatus {
    APPLICANT, MEMBER, SUSPENDED, WITHDRAWN, EXCLUDED;

    private static final Map<MemberStatus, Set<MemberStatus>> ALLOWED = Map.of(
            APPLICANT, EnumSet.of(MEMBER),
            MEMBER, EnumSet.of(SUSPENDED, WITHDRAWN, EXCLUDED),
            SUSPENDED, EnumSet.of(MEMBER, WITHDRAWN, EXCLUDED),
            WITHDRAWN, EnumSet.noneOf(MemberStatus.class),
            EXCLUDED, EnumSet.noneOf(MemberStatus.class));

    public boolean canBecome(MemberStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** True for a member who holds voting rights now. */
    public boolean votes() {
        return this == MEMBER;
    }

    public boolean isFinal() {
        return this == WITHDRAWN || this == EXCLUDED;
    }
}
