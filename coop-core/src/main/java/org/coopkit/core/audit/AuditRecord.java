package org.coopkit.core.audit;

import java.time.Instant;

/**
 * One line of the audit log. Records are chained per stream (the aggregate they are about, by default
 * their subject): {@code hash} = SHA-256(previousHash + "\n" + canonical form), so a record edited
 * after the fact breaks its stream's chain at that record.
 *
 * @param stream       the chain it belongs to ("main" for records written before chains were per stream)
 * @param sequence     its position in that stream, from 1
 * @param at           when
 * @param actor        who
 * @param action       what was done
 * @param subject      what it was done to
 * @param data         further detail, may be empty
 * @param previousHash the hash of the stream's record before it
 * @param hash         its own hash
 */
public record AuditRecord(String stream, long sequence, Instant at, String actor, String action, String subject, String data,
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
