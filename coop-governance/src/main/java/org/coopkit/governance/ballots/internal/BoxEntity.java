package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ballot box: choices under tracking codes, never a member id. seq and hashes are set at close. */
@Entity
@Table(name = "gov_ballot_box")
public class BoxEntity {
    @Id @Column(name = "tracking_code", length = 40) String trackingCode;
    @Column(name = "ballot_id", nullable = false, length = 36) String ballotId;
    @Column(name = "choice", nullable = false, length = 2000) String choice;
    @Column(name = "college", length = 40) String college;
    @Column(name = "seq") Integer seq;
    @Column(name = "prev_hash", length = 64) String prevHash;
    @Column(name = "hash", length = 64) String hash;
    /** HMAC of (ballot, member) under the ballot box key, while a secret ballot with revoting is open; erased at close. */
    @Column(name = "owner_tag", length = 64) String ownerTag;

    protected BoxEntity() {
    }
}
