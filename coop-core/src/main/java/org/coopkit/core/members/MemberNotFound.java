package org.coopkit.core.members;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No member or applicant has this id. */
public final class MemberNotFound extends CoopException {
    /**
     * Creates the 404 refusal with code {@code member-not-found}.
     *
     * @param id the id that names no member or applicant
     */
    public MemberNotFound(MemberId id) {
        super(ErrorKind.NOT_FOUND, "member-not-found", "member " + id + " does not exist");
    }
}
