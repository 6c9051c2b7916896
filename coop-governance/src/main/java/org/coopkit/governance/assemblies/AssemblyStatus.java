package org.coopkit.governance.assemblies;

/**
 * Where a general assembly stands: convened (first call to come), adjourned to its second call (quorum
 * failed on first call; the resolutions stay open), or closed (counted on the call it met, or failed for good).
 */
public enum AssemblyStatus {
    /** Convened; its first call is to be held. */
    CONVENED,
    /** The first call missed its quorum; the second call is to be held. */
    ADJOURNED,
    /** Closed on a call; its minutes are drawn up. */
    CLOSED
}
