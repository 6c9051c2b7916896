package org.coopkit.core.web;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The request cannot be read: no body, a malformed identifier or date. Maps to 400. */
public final class BadRequest extends CoopException {
    public BadRequest(String message) {
        super(ErrorKind.BAD_REQUEST, "bad-request", message);
    }

    /** Refuses a missing request body. */
    public static <T> T requireBody(T body) {
        if (body == null) throw new BadRequest("a JSON request body is required");
        return body;
    }
}
