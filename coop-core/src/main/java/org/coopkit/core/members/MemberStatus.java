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
    /** Applied, not admitted yet: no vote. */
    APPLICANT,
    /** Admitted, with voting rights. */
    MEMBER,
    /** Suspended by the board: no vote until reinstated. */
    SUSPENDED,
    /** Left the co-op (final). */
    WITHDRAWN,
    /** Excluded by the board (final). */
    EXCLUDED;

    private static final Map<MemberStatus, Set<MemberStatus>> ALLOWED = Map.of(
            APPLICANT, EnumSet.of(MEMBER),
            MEMBER, EnumSet.of(SUSPENDED, WITHDRAWN, EXCLUDED),
            SUSPENDED, EnumSet.of(MEMBER, WITHDRAWN, EXCLUDED),
            WITHDRAWN, EnumSet.noneOf(MemberStatus.class),
            EXCLUDED, EnumSet.noneOf(MemberStatus.class));

    /**
     * Whether the lifecycle allows this transition.
     *
     * @param next the status wanted
     * @return true when the transition is listed above
     */
    public boolean canBecome(MemberStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /**
     * Whether a person in this status holds voting rights now.
     *
     * @return true for {@link #MEMBER} only
     */
    public boolean votes() {
        return this == MEMBER;
    }

    /**
     * Whether no transition leaves this status.
     *
     * @return true for {@link #WITHDRAWN} and {@link #EXCLUDED}
     */
    public boolean isFinal() {
        return this == WITHDRAWN || this == EXCLUDED;
    }
}
