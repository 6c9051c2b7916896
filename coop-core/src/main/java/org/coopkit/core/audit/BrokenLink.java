package org.coopkit.core.audit;

/**
 * The first link of a chain that does not hold.
 *
 * @param stream   the chain it belongs to
 * @param sequence the position at which the chain breaks
 * @param problem  what is wrong there
 * @param expected what the chain expected at that position (a sequence number or a hash, see {@link Problem})
 * @param found    what is stored there instead
 */
public record BrokenLink(String stream, long sequence, Problem problem, String expected, String found) {

    /** How a link is broken. */
    public enum Problem {
        /** The link stored at this position is not the one expected: one was deleted or the links reordered;
         * expected and found are sequence numbers. */
        MISSING,
        /** The link does not point at the previous link's hash (moved, or inserted); expected and found are hashes. */
        RELINKED,
        /** The link's content no longer gives its stored hash (edited); expected is the recomputed hash. */
        EDITED,
        /** The chain ends before the head it keeps (its last links were deleted); expected is the head's hash. */
        TAIL_MISSING
    }

    @Override
    public String toString() {
        return stream + " #" + sequence + " " + problem + " (expected " + expected + ", found " + found + ")";
    }
}
