package org.coopkit.core.mail.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_mail_outbox")
public class OutboxEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "mail_key", nullable = false, length = 200) String mailKey;
    @Column(name = "recipient", nullable = false, length = 320) String recipient;
    @Column(name = "subject", nullable = false, length = 300) String subject;
    @Column(name = "text_body", length = 4000) String textBody;
    @Column(name = "html_body", length = 4000) String htmlBody;
    @Column(name = "queued_at", nullable = false) Instant queuedAt;
    @Column(name = "not_before", nullable = false) Instant notBefore;
    @Column(name = "claimed_until") Instant claimedUntil;
    @Column(name = "sent_at") Instant sentAt;
    @Column(name = "attempts", nullable = false) int attempts;
    @Column(name = "last_error", length = 500) String lastError;

    protected OutboxEntity() {
    }
}
