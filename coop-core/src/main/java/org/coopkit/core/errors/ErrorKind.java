package org.coopkit.core.errors;

/**
 * What kind of refusal a {@link CoopException} is. The REST kit maps each kind to one HTTP status,
 * a CLI maps it to an exit code; domain code never speaks HTTP.
 */
public enum ErrorKind {
    /** The request could not be read at all (malformed JSON, a bad identifier). */
    BAD_REQUEST(400),
    /** No credentials, or credentials that do not hold. */
    UNAUTHENTICATED(401),
    /** The actor is known but may not do this. */
    FORBIDDEN(403),
    /** The thing named does not exist (or the actor may not know it exists). */
    NOT_FOUND(404),
    /** The request is valid but conflicts with the current state (illegal transition, duplicate, closed). */
    CONFLICT(409),
    /** The request is well-formed but breaks a rule about its content. */
    UNPROCESSABLE(422);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
