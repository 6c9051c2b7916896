package org.coopkit.governance.ballots;

/** SECRET: the box holds choices with tracking codes only. OPEN: who voted what is part of the record. */
public enum Secrecy { SECRET, OPEN }
