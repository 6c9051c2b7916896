package org.coopkit.ledger.journal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** No journal entry has this id. */
public final class EntryNotFound extends CoopException {
    /**
     * Refuses a reference to an entry that does not exist.
     *
     * @param id the unknown entry
     */
    public EntryNotFound(EntryId id) {
        super(ErrorKind.NOT_FOUND, "entry-not-found", "journal entry " + id + " does not exist");
    }
}
