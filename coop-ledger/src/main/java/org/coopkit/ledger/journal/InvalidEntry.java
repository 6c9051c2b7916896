package org.coopkit.ledger.journal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** An entry breaks a rule about its shape: too few lines, a non-positive amount, a memo too long. */
public final class InvalidEntry extends CoopException {
    /**
     * Refuses a malformed entry.
     *
     * @param message what is wrong
     */
    public InvalidEntry(String message) {
        super(ErrorKind.UNPROCESSABLE, "invalid-entry", message);
    }
}
