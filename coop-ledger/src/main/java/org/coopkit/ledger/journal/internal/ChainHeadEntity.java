package org.coopkit.ledger.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the journal's chain: locked by each posting, so concurrent postings cannot fork it. */
@Entity
@Table(name = "ledger_chain_head")
public class ChainHeadEntity {
    @Id
    @Column(name = "id", length = 20)
    String id;
    @Column(name = "last_number", nullable = false)
    long lastNumber;
    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;

    protected ChainHeadEntity() {
    }
}
