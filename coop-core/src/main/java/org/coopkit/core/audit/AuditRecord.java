package org.coopkit.core.audit;

import java.time.Instant;

/**
 * One line of the audit log. {@code hash} = SHA-256(previousHash + "\n" + canonical form), so a
 * record edited after the fact breaks the chain at that record.
 */
public record AuditRecord(long sequence, Instant at, String actor, String action, String subject, String data,
                          String previousHash, String hash) {

    /**
     * The canonical form that is hashed: fields separated by a unit separator, in a fixed order.
     *
     * @return sequence, at, actor, action, subject and data joined by U+001F
     */
    public String canonical() {
        return sequence + "\u001f" + at + "\u001f" + actor + "\u001f" + action + "\u001f" + subject + "\u001f" + data;
    }
}
