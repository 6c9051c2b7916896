package org.coopkit.core.audit;

import java.util.List;
import org.coopkit.core.actors.Actor;

/**
 * The hash-chained audit log. Every state change in CoopKit records who did what to which subject,
 * when (from the injected clock), with its data. Records join the caller's transaction, so a change
 * and its audit record commit or roll back together.
 */
public interface AuditLog {
    /**
     * Appends a record; must be called inside a transaction.
     *
     * @param actor   who did it
     * @param action  what was done, e.g. {@code members.admitted}
     * @param subject what it was done to, e.g. a member id
     * @param data    further detail, may be empty
     * @return the record, chained to the previous one
     */
    AuditRecord record(Actor actor, String action, String subject, String data);

    /**
     * Recomputes the chain from the first record and reports the first that does not hold.
     *
     * @return how many records hold and the first broken link (sequence, expected, found), if any
     */
    ChainVerification verify();

    /**
     * Records about one subject (e.g. a member id), oldest first.
     *
     * @param subject the subject
     * @return its records
     */
    List<AuditRecord> about(String subject);

    /**
     * The latest records, newest first.
     *
     * @param limit at most this many
     * @return the records
     */
    List<AuditRecord> latest(int limit);
}
