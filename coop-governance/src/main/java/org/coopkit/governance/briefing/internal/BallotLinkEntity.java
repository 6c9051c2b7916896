package org.coopkit.governance.briefing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to a ballot: title and address. */
@Entity
@Table(name = "gov_ballot_links")
public class BallotLinkEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "title", nullable = false, length = 200) String title;
    @Column(name = "url", nullable = false, length = 2000) String url;
    @Column(name = "added_at", nullable = false) Instant addedAt;

    protected BallotLinkEntity() {
    }
}
