package org.coopkit.core.audit;

import java.util.OptionalLong;

/**
 * Outcome of {@link AuditLog#verify()}: how many records were checked, and the sequence number of
 * the first record whose hash does not hold (edited, inserted or deleted), if any.
 */
public record AuditVerification(long checked, OptionalLong firstBroken) {
    /**
     * Whether the whole chain holds.
     *
     * @return true when no record was found broken
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
