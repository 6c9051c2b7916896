/**
 * The double-entry journal: append-only, balanced per currency, idempotent on a key, and
 * hash-chained so that {@link org.coopkit.ledger.journal.Journal#verify} finds the first entry
 * changed behind the ledger's back.
 */
package org.coopkit.ledger.journal;
