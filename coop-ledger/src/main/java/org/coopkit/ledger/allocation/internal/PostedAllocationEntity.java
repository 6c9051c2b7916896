package org.coopkit.ledger.allocation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The allocation posted for a fiscal year; its primary key makes the posting happen once per year. */
@Entity
@Table(name = "ledger_allocations")
public class PostedAllocationEntity {
    @Id
    @Column(name = "fiscal_year", length = 20)
    String fiscalYear;
    @Column(name = "decision_id", nullable = false, length = 100)
    String decisionId;
    @Column(name = "entry_id", nullable = false)
    long entryId;
    @Column(name = "report_hash", nullable = false, length = 64)
    String reportHash;
    @Column(name = "posted_at", nullable = false)
    Instant postedAt;

    protected PostedAllocationEntity() {
    }
}
