package org.coopkit.governance.ballots;

import java.util.OptionalInt;

/** Outcome of checking a ballot board's hash chain: entries checked and the first that does not hold. */
public record BoardVerification(int checked, OptionalInt firstBroken) {
    /**
     * Whether every entry holds.
     * @return true when no entry is broken
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
