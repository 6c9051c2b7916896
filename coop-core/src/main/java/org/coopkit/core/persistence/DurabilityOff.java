package org.coopkit.core.persistence;

import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;

/**
 * The database is set up so that a committed transaction may not be on disk yet (H2 write delay,
 * PostgreSQL {@code synchronous_commit=off} or {@code fsync=off}, MariaDB
 * {@code innodb_flush_log_at_trx_commit} other than 1): CoopKit refuses to start on it, because it
 * would answer 2xx for changes a crash can still take back. Start with
 * {@code -Dcoopkit.durability=warn} to run anyway (for throw-away data), with a loud warning.
 */
public final class DurabilityOff extends CoopException {
    /**
     * Creates the refusal with code {@code durability-off}.
     *
     * @param message which setting is off and how to fix it
     */
    public DurabilityOff(String message) {
        super(ErrorKind.CONFLICT, "durability-off", message);
    }
}
