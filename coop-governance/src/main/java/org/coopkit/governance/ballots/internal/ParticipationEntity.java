package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who voted (not what): unique per ballot and member, in the database. */
@Entity
@Table(name = "gov_participation")
public class ParticipationEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "member_id", nullable = false, length = 36) String memberId;
    @Column(name = "cast_by", nullable = false, length = 36) String castBy;
    @Column(name = "voted_at", nullable = false) Instant votedAt;

    protected ParticipationEntity() {
    }
}
