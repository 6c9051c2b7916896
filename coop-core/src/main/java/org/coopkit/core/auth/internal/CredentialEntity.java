package org.coopkit.core.auth.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "core_credentials")
public class CredentialEntity {
    @Id
    @Column(name = "member_id", length = 36)
    String memberId;
    @Column(name = "password_hash", nullable = false, length = 200)
    String passwordHash;

    protected CredentialEntity() {
    }
}
