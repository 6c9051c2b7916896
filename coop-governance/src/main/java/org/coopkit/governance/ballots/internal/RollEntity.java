package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member on a ballot's frozen electoral roll. */
@Entity
@Table(name = "gov_roll")
public class RollEntity {
    @Id @Column(name = "id", length = 80) String id;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "member_id", nullable = false, length = 36) String memberId;
    @Column(name = "college", length = 40) String college;

    protected RollEntity() {
    }
}
