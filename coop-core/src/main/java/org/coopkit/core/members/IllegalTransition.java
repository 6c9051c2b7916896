package org.coopkit.core.members;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A lifecycle change the statutes do not allow, e.g. reinstating a withdrawn member. */
public final class IllegalTransition extends CoopException {
    /** The member's status. */
    private final MemberStatus from;
    /** The status refused. */
    private final MemberStatus to;

    /**
     * Creates the 409 refusal with code {@code illegal-transition}.
     *
     * @param id   the member
     * @param from the member's status
     * @param to   the status refused
     */
    public IllegalTransition(MemberId id, MemberStatus from, MemberStatus to) {
        super(ErrorKind.CONFLICT, "illegal-transition",
                "member " + id + " is " + from + " and cannot become " + to);
        this.from = from;
        this.to = to;
    }

    /**
     * The member's status.
     *
     * @return the status the member is in
     */
    public MemberStatus from() {
        return from;
    }

    /**
     * The status refused.
     *
     * @return the status asked for
     */
    public MemberStatus to() {
        return to;
    }

    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("from", from.name(), "to", to.name());
    }
}
