package org.coopkit.ledger.journal;

/** Why an entry was posted. Closing entries are left out of a year's result (they carry it). */
public enum EntryKind {
    REGULAR, REVERSAL, CLOSING, ALLOCATION
}
