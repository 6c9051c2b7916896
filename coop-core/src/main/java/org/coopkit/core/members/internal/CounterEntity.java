package org.coopkit.core.members.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Gap-free counters (membership numbers). A row lock on the counter serializes the takers. */
@Entity
@Table(name = "core_counters")
public class CounterEntity {
    @Id
    @Column(name = "name", length = 40)
    String name;
    @Column(name = "next_value", nullable = false)
    long nextValue;

    protected CounterEntity() {
    }
}
