package org.coopkit.core.auth.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "core_member_roles")
public class RoleGrantEntity {
    @Id
    @Column(name = "id", length = 80)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "role", nullable = false, length = 20)
    String role;

    protected RoleGrantEntity() {
    }
}
