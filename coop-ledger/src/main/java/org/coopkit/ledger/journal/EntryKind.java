package org.coopkit.ledger.journal;

/** Why an entry was posted. Closing entries are left out of a year's result (they carry it). */
public enum EntryKind {
    /** An ordinary posting. */
    REGULAR,
    /** A reversing entry correcting an earlier one. */
    REVERSAL,
    /** A year-end closing entry emptying revenue and expense into the result. */
    CLOSING,
    /** The posting of the surplus allocation the general assembly adopted. */
    ALLOCATION
}
