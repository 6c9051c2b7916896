package org.coopkit.core.errors;

/** The named thing does not exist. */
public class NotFound extends CoopException {
    public NotFound(String what, Object id) {
        super(ErrorKind.NOT_FOUND, "not-found", what + " " + id + " does not exist");
    }
}
