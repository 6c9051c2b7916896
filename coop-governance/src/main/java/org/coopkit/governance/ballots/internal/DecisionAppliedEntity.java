package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An adopted resolution's decision: due (PENDING), APPLIED or FAILED with the reason. One row per
 * ballot, written in the closing transaction; the primary key and the APPLIED status make it happen once.
 */
@Entity
@Table(name = "gov_decisions_applied")
public class DecisionAppliedEntity {
    @Id @Column(name = "ballot_id", length = 36) String ballotId;
    /** When the row last changed (recorded, applied, failed). */
    @Column(name = "applied_at", nullable = false) Instant appliedAt;
    @Column(name = "status", nullable = false, length = 10) String status;
    @Column(name = "attempts", nullable = false) int attempts;
    @Column(name = "failure", length = 1000) String failure;

    protected DecisionAppliedEntity() {
    }
}
