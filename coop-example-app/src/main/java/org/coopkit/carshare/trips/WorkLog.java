package org.coopkit.carshare.trips;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.core.members.MemberId;

/** Member work for the co-op (cleaning, checking, small repairs): co-production that counts as patronage. */
public record WorkLog(UUID id, MemberId member, String vehicleId, Kind kind, int minutes, LocalDate on, String note) {
    public enum Kind { CLEANING, CHECK, REPAIR, DELIVERY }
}
