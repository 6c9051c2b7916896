package org.coopkit.governance.ballots;

import java.util.List;

/**
 * One line of the public ballot board: a tracking code and the choice, in a SHA-256 hash chain
 * (hash = SHA-256(previous hash + "\n" + seq|code|college|choice)). No member id.
 */
public record BoardEntry(int seq, String trackingCode, List<String> choice, String college, String previousHash, String hash) {
    /**
     * The entry as hashed in the chain: seq, code, college and the choice joined by {@code |}, the options of the choice by U+001F.
     * @return the canonical text
     */
    public String canonical() {
        return seq + "|" + trackingCode + "|" + (college == null ? "" : college) + "|" + String.join("\u001f", choice);
    }
}
