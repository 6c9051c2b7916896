package org.coopkit.ledger.journal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** A key already names a different posting: a retry must carry the same content. */
public final class IdempotencyKeyReused extends CoopException {
    /**
     * Refuses a key already posted with other content.
     *
     * @param key    the key
     * @param number the number of the entry posted under it
     */
    public IdempotencyKeyReused(IdempotencyKey key, long number) {
        super(ErrorKind.CONFLICT, "idempotency-key-reused",
                "idempotency key '" + key + "' already names entry #" + number + " with different content");
    }
}
