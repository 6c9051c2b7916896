package org.coopkit.governance.assemblies;

/** Ordinary (accounts, allocation, board) or extraordinary (statutes, dissolution) general assembly. */
public enum AssemblyKind { ORDINARY, EXTRAORDINARY }
