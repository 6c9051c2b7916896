package org.coopkit.core.auth;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** Wrong email or password, or a revoked or unknown token. Says no more, on purpose. */
public final class InvalidCredentials extends CoopException {
    /** Creates the refusal with code {@code invalid-credentials}. */
    public InvalidCredentials() {
        super(ErrorKind.UNAUTHENTICATED, "invalid-credentials", "invalid email, password or token");
    }
}
