package org.coopkit.core.requests;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A request id already names a request with other content: a retry must carry the same content (422). */
public final class RequestIdReused extends CoopException {
    /**
     * Creates the refusal with code {@code request-id-reused}.
     *
     * @param what the kind of request the key already names, e.g. {@code "payment"}
     */
    public RequestIdReused(String what) {
        super(ErrorKind.UNPROCESSABLE, "request-id-reused",
                "this Idempotency-Key already names another " + what + ": a retry must send the same content, a new request a new key");
    }
}
