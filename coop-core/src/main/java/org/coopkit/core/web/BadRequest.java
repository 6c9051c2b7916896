package org.coopkit.core.web;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** The request cannot be read: no body, a malformed identifier or date. Maps to 400. */
public final class BadRequest extends CoopException {
    /**
     * Creates the 400 refusal with code {@code bad-request}.
     *
     * @param message what could not be read
     */
    public BadRequest(String message) {
        super(ErrorKind.BAD_REQUEST, "bad-request", message);
    }

    /**
     * Refuses a missing request body.
     *
     * @param <T>  the body's type
     * @param body the body as read, null when absent
     * @return {@code body}, never null
     * @throws BadRequest when {@code body} is null
     */
    public static <T> T requireBody(T body) {
        if (body == null) throw new BadRequest("a JSON request body is required");
        return body;
    }
}
