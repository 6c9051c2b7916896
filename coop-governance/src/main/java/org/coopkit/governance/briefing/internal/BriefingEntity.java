package org.coopkit.governance.briefing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A ballot's description in Markdown. */
@Entity
@Table(name = "gov_ballot_briefings")
public class BriefingEntity {
    @Id @Column(name = "ballot_id", length = 36) String ballotId;
    @Column(name = "description", nullable = false, length = 8000) String description;
    @Column(name = "updated_at", nullable = false) Instant updatedAt;

    protected BriefingEntity() {
    }
}
