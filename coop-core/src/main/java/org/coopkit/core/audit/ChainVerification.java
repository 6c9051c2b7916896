package org.coopkit.core.audit;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of verifying a hash chain ({@link HashChain}): how many links hold from the first, and the
 * first broken link, if any.
 *
 * @param checked links found intact, from the first
 * @param broken  the first link that does not hold (edited, deleted, inserted or reordered), if any
 */
public record ChainVerification(long checked, Optional<BrokenLink> broken) {
    /**
     * Whether the whole chain holds.
     *
     * @return true when no link is broken
     */
    public boolean intact() {
        return broken.isEmpty();
    }

    /**
     * The sequence number of the first broken link.
     *
     * @return it, or empty when the chain holds
     */
    public OptionalLong firstBroken() {
        return broken.map(b -> OptionalLong.of(b.sequence())).orElse(OptionalLong.empty());
    }

    /**
     * A one-line account for people and logs.
     *
     * @return "intact, n links" or the broken link
     */
    public String describe() {
        return broken.map(b -> "BROKEN at " + b + ", " + checked + " links before it hold").orElse("intact, " + checked + " links");
    }
}
