package org.coopkit.ledger.journal;

/** The last link of the journal's hash chain: its number and hash. */
public record ChainHead(long lastNumber, String lastHash) {
}
