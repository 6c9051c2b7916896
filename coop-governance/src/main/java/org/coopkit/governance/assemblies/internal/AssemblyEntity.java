package org.coopkit.governance.assemblies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "gov_assemblies")
public class AssemblyEntity {
    @Id @Column(name = "id", length = 36) String id;
    @Column(name = "kind", nullable = false, length = 20) String kind;
    @Column(name = "title", nullable = false, length = 200) String title;
    @Column(name = "convened_on", nullable = false) LocalDate convenedOn;
    @Column(name = "first_call_at", nullable = false) Instant firstCallAt;
    @Column(name = "second_call_at") Instant secondCallAt;
    @Column(name = "status", nullable = false, length = 10) String status;
    @Column(name = "call_used", length = 10) String callUsed;
    @Column(name = "closed_at") Instant closedAt;

    protected AssemblyEntity() {
    }
}
