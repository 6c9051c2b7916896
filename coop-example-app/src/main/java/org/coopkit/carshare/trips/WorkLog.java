package org.coopkit.carshare.trips;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.members.MemberId;

/**
 * Member work for the co-op (cleaning, checking, small repairs): co-production that counts as
 * patronage once confirmed. A member logs it {@link Status#PENDING}; a board member who is not the
 * worker approves it (only then it counts as patronage) or rejects it with a reason.
 */
public record WorkLog(UUID id, MemberId member, String vehicleId, Kind kind, int minutes, LocalDate on, String note, Status status,
                      Optional<MemberId> reviewedBy, Optional<Instant> reviewedAt, Optional<String> rejectionReason) {
    public enum Kind { CLEANING, CHECK, REPAIR, DELIVERY }

    /** PENDING → APPROVED (counts as patronage) or PENDING → REJECTED; nothing else. */
    public enum Status { PENDING, APPROVED, REJECTED }

    public static WorkLog logged(UUID id, MemberId member, String vehicleId, Kind kind, int minutes, LocalDate on, String note) {
        return new WorkLog(id, member, vehicleId, kind, minutes, on, note, Status.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public WorkLog approved(Optional<MemberId> by, Instant at) {
        requirePending();
        return new WorkLog(id, member, vehicleId, kind, minutes, on, note, Status.APPROVED, by, Optional.of(at), Optional.empty());
    }

    public WorkLog rejected(Optional<MemberId> by, Instant at, String reason) {
        requirePending();
        return new WorkLog(id, member, vehicleId, kind, minutes, on, note, Status.REJECTED, by, Optional.of(at), Optional.of(reason));
    }

    private void requirePending() {
        if (status != Status.PENDING) throw WorkRefused.alreadyReviewed(id, status);
    }
}
