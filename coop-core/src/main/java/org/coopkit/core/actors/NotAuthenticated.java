package org.coopkit.core.actors;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No valid credentials were given (401). */
public final class NotAuthenticated extends CoopException {
    /** Creates the refusal with code {@code not-authenticated}. */
    public NotAuthenticated() {
        super(ErrorKind.UNAUTHENTICATED, "not-authenticated", "authentication required: send 'Authorization: Bearer <token>'");
    }
}
