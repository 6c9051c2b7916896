package org.coopkit.ledger.journal;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/** An entry is reversed at most once (the database holds it too: unique reverses_id). */
public final class AlreadyReversed extends CoopException {
    /**
     * Refuses reversing an entry a second time.
     *
     * @param original       the entry
     * @param reversalNumber the number of the entry that reversed it
     */
    public AlreadyReversed(EntryId original, long reversalNumber) {
        super(ErrorKind.CONFLICT, "already-reversed",
                "journal entry " + original + " is already reversed by entry #" + reversalNumber);
    }
}
