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
    UNPROCESSABLE(422),
    /** The request body is larger than the server accepts. */
    PAYLOAD_TOO_LARGE(413),
    /** The request body is not in a format this address reads. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** The request body did not arrive in time. */
    REQUEST_TIMEOUT(408),
    /** Too many attempts from this account or address: try again later. */
    TOO_MANY_REQUESTS(429),
    /** The server is saturated for this kind of work: try again shortly. */
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status the REST kit answers for this kind.
     *
     * @return the status code, e.g. 409 for {@link #CONFLICT}
     */
    public int httpStatus() {
        return httpStatus;
    }
}
