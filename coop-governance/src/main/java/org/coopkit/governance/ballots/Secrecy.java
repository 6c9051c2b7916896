package org.coopkit.governance.ballots;

/** SECRET: the box holds choices with tracking codes only. OPEN: who voted what is part of the record. */
/** Secret ballots keep no member id in the box; open ballots publish who chose what. */
public enum Secrecy {
    /** The box holds choices with tracking codes only. */
    SECRET,
    /** Who voted what is part of the record. */
    OPEN }
