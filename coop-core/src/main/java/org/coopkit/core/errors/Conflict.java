package org.coopkit.core.errors;

/** A generic state conflict for modules that need no more specific name. Maps to 409. */
public class Conflict extends CoopException {
    public Conflict(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }
}
