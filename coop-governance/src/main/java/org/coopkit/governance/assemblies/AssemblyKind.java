package org.coopkit.governance.assemblies;

/** Ordinary (accounts, allocation, board) or extraordinary (statutes, dissolution) general assembly. */
/** Ordinary or extraordinary general assembly; each has its own quorums and majority. */
public enum AssemblyKind {
    /** Accounts, allocation of the surplus, the board. */
    ORDINARY,
    /** Statutes and dissolution. */
    EXTRAORDINARY }
