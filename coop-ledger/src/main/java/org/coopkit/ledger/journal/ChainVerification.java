package org.coopkit.ledger.journal;

import java.util.OptionalLong;

/**
 * The result of re-computing the journal's hash chain.
 *
 * @param checked        entries found intact, from the first
 * @param firstBroken    number of the first entry whose hash, link or position does not hold
 *                       (edited, deleted or inserted behind the ledger's back), if any
 */
public record ChainVerification(long checked, OptionalLong firstBroken) {
    /**
     * Whether every hash was recomputed as stored.
     *
     * @return true when no entry is broken
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
