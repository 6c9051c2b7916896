package org.coopkit.core.members;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** Another member or applicant already uses this email address. */
public final class DuplicateEmail extends CoopException {
    /**
     * Creates the 409 refusal with code {@code duplicate-email}.
     *
     * @param email the address already registered
     */
    public DuplicateEmail(String email) {
        super(ErrorKind.CONFLICT, "duplicate-email", "the email address " + email + " is already registered");
    }
}
