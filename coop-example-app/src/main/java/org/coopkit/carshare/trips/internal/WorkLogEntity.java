package org.coopkit.carshare.trips.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "carshare_work_logs")
public class WorkLogEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;
    @Column(name = "vehicle_id", length = 36)
    String vehicleId;
    @Column(name = "kind", nullable = false, length = 20)
    String kind;
    @Column(name = "minutes", nullable = false)
    int minutes;
    @Column(name = "on_date", nullable = false)
    LocalDate onDate;
    @Column(name = "note", length = 200)
    String note;
    @Column(name = "status", nullable = false, length = 10)
    String status;
    @Column(name = "reviewed_by", length = 36)
    String reviewedBy;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "rejection_reason", length = 200)
    String rejectionReason;

    protected WorkLogEntity() {
    }
}
