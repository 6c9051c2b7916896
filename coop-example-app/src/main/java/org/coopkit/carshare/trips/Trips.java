package org.coopkit.carshare.trips;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.core.members.MemberId;

/** Trips and work logs; call inside a transaction. */
public interface Trips {
    Optional<Trip> find(BookingId booking);

    void add(Trip trip);

    List<Trip> ofMember(MemberId member);

    List<Trip> between(Instant from, Instant to);

    void addWork(WorkLog log);

    List<WorkLog> workOf(MemberId member);

    /** The work log with its row locked, so two reviews of it are decided one after the other. */
    Optional<WorkLog> lockWork(java.util.UUID id);

    void updateWork(WorkLog log);

    List<WorkLog> pendingWork();
}
