package org.coopkit.governance.ballots;

import java.util.OptionalInt;

/** Outcome of checking a ballot board's hash chain: entries checked and the first that does not hold. */
public record BoardVerification(int checked, OptionalInt firstBroken) {
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
