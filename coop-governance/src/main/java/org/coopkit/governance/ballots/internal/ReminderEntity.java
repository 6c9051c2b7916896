package org.coopkit.governance.ballots.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The reminder round of a ballot, once: its primary key is the ballot. */
@Entity
@Table(name = "gov_ballot_reminders")
public class ReminderEntity {
    @Id @Column(name = "ballot_id", length = 36) String ballotId;
    @Column(name = "sent_at", nullable = false) Instant sentAt;
    @Column(name = "recipients", nullable = false) int recipients;

    protected ReminderEntity() {
    }

    public ReminderEntity(String ballotId, Instant sentAt, int recipients) {
        this.ballotId = ballotId;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }
}
