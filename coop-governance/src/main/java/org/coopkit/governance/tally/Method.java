package org.coopkit.governance.tally;

/** How a ballot is counted. See {@link Tally} for the exact rules. */
public enum Method {
    /** Options are yes, no, abstain; decided by a {@link MajorityRule}. */
    YES_NO_ABSTAIN,
    /** One choice per ballot; most votes wins. */
    PLURALITY,
    /** Any number of choices per ballot; most approvals win. */
    APPROVAL,
    /** Ranked choices; instant runoff for one seat. */
    IRV,
    /** Ranked choices; single transferable vote for several seats. */
    STV;

    /**
     * Whether voters rank the candidates (IRV and STV).
     * @return true for a ranked method
     */
    public boolean ranked() {
        return this == IRV || this == STV;
    }
}
