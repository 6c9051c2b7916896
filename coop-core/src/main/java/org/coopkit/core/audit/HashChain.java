package org.coopkit.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The one hash chain of CoopKit, used by the audit log, the journal and the ballot board. A link's
 * hash is SHA-256(previous hash + "\n" + canonical bytes), the first link's previous hash is
 * {@link Hashes#GENESIS}, and links are numbered 1, 2, 3… without gaps, so an edited, deleted,
 * inserted or reordered link breaks the chain at that link.
 *
 * <p>Verification walks the links in sequence order, one at a time (a store pages through its rows and
 * feeds them to a {@link Walk}), and ends with the head the store remembers, which catches a tail that
 * was cut off.
 */
public final class HashChain {
    private HashChain() {
    }

    /**
     * The hash of the link after {@code previousHash}.
     *
     * @param previousHash the hash of the link before, or {@link Hashes#GENESIS} for the first
     * @param canonical    the canonical form of the new link
     * @return the new link's hash, 64 lowercase hex digits
     */
    public static String append(String previousHash, String canonical) {
        return Hashes.chain(previousHash, canonical);
    }

    /**
     * Starts walking a chain from its first link.
     *
     * @param stream the chain's name, carried into the result ("audit", a journal, a ballot)
     * @return a walk expecting link 1 after {@link Hashes#GENESIS}
     */
    public static Walk walk(String stream) {
        return new Walk(stream);
    }

    /**
     * One stored link as a store reads it back.
     *
     * @param sequence     its position in the chain, from 1
     * @param previousHash the previous hash it stores
     * @param hash         the hash it stores
     * @param canonical    its canonical form, recomputed from its stored fields
     */
    public record Link(long sequence, String previousHash, String hash, String canonical) {
    }

    /** A verification in progress: feed it the links in sequence order, then {@link #end}. */
    public static final class Walk {
        private final String stream;
        private String previous = Hashes.GENESIS;
        private long expected = 1;
        private long checked;
        private BrokenLink broken;

        private Walk(String stream) {
            this.stream = Objects.requireNonNull(stream);
        }

        /**
         * Checks the next link.
         *
         * @param link the link, the next one read in sequence order
         * @return true while the chain holds; false once a link is broken (later links are ignored)
         */
        public boolean next(Link link) {
            if (broken != null) return false;
            if (link.sequence() != expected) {
                broken = new BrokenLink(stream, expected, BrokenLink.Problem.MISSING,
                        Long.toString(expected), Long.toString(link.sequence()));
            } else if (!link.previousHash().equals(previous)) {
                broken = new BrokenLink(stream, expected, BrokenLink.Problem.RELINKED, previous, link.previousHash());
            } else {
                String recomputed = append(previous, link.canonical());
                if (!recomputed.equals(link.hash())) {
                    broken = new BrokenLink(stream, expected, BrokenLink.Problem.EDITED, recomputed, link.hash());
                }
            }
            if (broken != null) return false;
            previous = link.hash();
            expected++;
            checked++;
            return true;
        }

        /**
         * Ends the walk against the head the store remembers (last sequence and hash).
         *
         * @param headSequence the last sequence the head remembers (0 for an empty chain)
         * @param headHash     the last hash the head remembers ({@link Hashes#GENESIS} for an empty chain)
         * @return how many links hold and the first broken one, if any
         */
        public ChainVerification end(long headSequence, String headHash) {
            if (broken == null && (headSequence != checked || !headHash.equals(previous))) {
                // links at the end were removed (or the head was moved): the head still remembers them
                broken = new BrokenLink(stream, expected, BrokenLink.Problem.TAIL_MISSING, headHash, previous);
            }
            return new ChainVerification(checked, Optional.ofNullable(broken));
        }

        /**
         * Ends the walk where no head is kept apart from the links (a chain sealed once, like a ballot board).
         *
         * @return how many links hold and the first broken one, if any
         */
        public ChainVerification end() {
            return new ChainVerification(checked, Optional.ofNullable(broken));
        }
    }
}
