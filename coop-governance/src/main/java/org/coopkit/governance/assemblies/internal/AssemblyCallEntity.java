package org.coopkit.governance.assemblies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One call of an assembly as it was held: attendance against the roll and the quorum, for the minutes. */
@Entity
@Table(name = "gov_assembly_calls")
@IdClass(AssemblyCallEntity.Key.class)
public class AssemblyCallEntity {
    @Id @Column(name = "assembly_id", length = 36) String assemblyId;
    @Id @Column(name = "call_name", length = 10) String call;
    @Column(name = "held_at", nullable = false) Instant heldAt;
    @Column(name = "participants", nullable = false) long participants;
    @Column(name = "roll_size", nullable = false) int roll;
    @Column(name = "quorum_required", nullable = false, length = 40) String quorumRequired;
    @Column(name = "quorum_met", nullable = false) int quorumMet;
    @Column(name = "outcome", nullable = false, length = 500) String outcome;

    protected AssemblyCallEntity() {
    }

    /** The composite key: assembly and call. */
    public static final class Key implements Serializable {
        String assemblyId;
        String call;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assemblyId, k.assemblyId) && Objects.equals(call, k.call);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assemblyId, call);
        }
    }
}
