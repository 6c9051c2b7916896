package org.coopkit.core.errors;

/** A generic state conflict for modules that need no more specific name. Maps to 409. */
public class Conflict extends CoopException {
    /**
     * Creates a 409 refusal.
     *
     * @param code    the stable machine-readable code
     * @param message the human-readable reason
     */
    public Conflict(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
