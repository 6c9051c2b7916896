package org.coopkit.core.errors;

/** The named thing does not exist. */
public class NotFound extends CoopException {
    /**
     * Creates a 404 refusal with code {@code not-found}.
     *
     * @param what the kind of thing looked for, e.g. {@code "ballot"}
     * @param id   the identifier that names nothing
     */
    public NotFound(String what, Object id) {
        super(ErrorKind.NOT_FOUND, "not-found", what + " " + id + " does not exist");
    }
}
