package org.coopkit.core.requests;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A request id already names a request with other content: a retry must carry the same content (422). */
public final class RequestIdReused extends CoopException {
    public RequestIdReused(String what) {
        super(ErrorKind.UNPROCESSABLE, "request-id-reused",
                "this Idempotency-Key already names another " + what + ": a retry must send the same content, a new request a new key");
    }
}
