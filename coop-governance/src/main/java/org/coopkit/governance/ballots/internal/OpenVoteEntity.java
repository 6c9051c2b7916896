package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** For OPEN ballots only: whose vote a tracking code is. Secret ballots never have a row here. */
@Entity
@Table(name = "gov_open_votes")
public class OpenVoteEntity {
    @Id @Column(name = "tracking_code", length = 40) String trackingCode;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "member_id", nullable = false, length = 36) String memberId;

    protected OpenVoteEntity() {
    }
}
