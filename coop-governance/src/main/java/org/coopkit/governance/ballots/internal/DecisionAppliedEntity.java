package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resolution's decision was applied: the primary key makes it happen once. */
@Entity
@Table(name = "gov_decisions_applied")
public class DecisionAppliedEntity {
    @Id @Column(name = "ballot_id", length = 36) String ballotId;
    @Column(name = "applied_at", nullable = false) Instant appliedAt;

    protected DecisionAppliedEntity() {
    }
}
