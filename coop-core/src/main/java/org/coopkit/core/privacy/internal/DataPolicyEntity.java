package org.coopkit.core.privacy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "core_data_policy")
public class DataPolicyEntity {
    @Id
    @Column(name = "version")
    int version;
    @Column(name = "published_at", nullable = false)
    Instant publishedAt;
    @Column(name = "decision_id", nullable = false, length = 100)
    String decisionId;
    @Column(name = "document", nullable = false, length = 8000)
    String document;

    protected DataPolicyEntity() {
    }
}
