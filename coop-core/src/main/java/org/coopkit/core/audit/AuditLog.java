package org.coopkit.core.audit;

import java.util.List;
import org.coopkit.core.actors.Actor;

/**
 * The hash-chained audit log. Every state change in CoopKit records who did what to which subject,
 * when (from the injected clock), with its data. Records join the caller's transaction, so a change
 * and its audit record commit or roll back together.
 */
public interface AuditLog {
    /** Appends a record; must be called inside a transaction. */
    AuditRecord record(Actor actor, String action, String subject, String data);

    /** Recomputes the chain from the first record and reports the first that does not hold. */
    AuditVerification verify();

    /** Records about one subject (e.g. a member id), oldest first. */
    List<AuditRecord> about(String subject);

    /** The latest records, newest first. */
    List<AuditRecord> latest(int limit);
}
