package org.coopkit.carshare.bookings.internal;

import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.requests.RequestId;

/** {@code carshare_booking_requests}: which booking a driver's request id produced, and a digest of the request. */
public final class BookingRequests {
    private final Transactions tx;

    /** A stored request: the digest of its content and the booking it made. */
    public record Stored(String fingerprint, BookingId booking) {
    }

    public BookingRequests(Transactions tx) {
        this.tx = tx;
    }

    public Optional<Stored> find(MemberId driver, RequestId id) {
        List<?> rows = tx.entityManager().createNativeQuery(
                        "select fingerprint, booking_id from carshare_booking_requests where driver_id = ?1 and request_id = ?2")
                .setParameter(1, driver.toString()).setParameter(2, id.value()).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Stored((String) r[0], new BookingId(java.util.UUID.fromString((String) r[1]))));
    }

    /** Inserts the row; the primary key (driver, request id) refuses a second one, also from a racing request. */
    public void add(MemberId driver, RequestId id, String fingerprint, BookingId booking) {
        tx.entityManager().createNativeQuery(
                        "insert into carshare_booking_requests (driver_id, request_id, fingerprint, booking_id) values (?1, ?2, ?3, ?4)")
                .setParameter(1, driver.toString()).setParameter(2, id.value()).setParameter(3, fingerprint)
                .setParameter(4, booking.toString()).executeUpdate();
    }
}
