package org.coopkit.carshare.bookings.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.bookings.Bookings;
import org.coopkit.carshare.tariffs.QuoteId;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

public final class JpaBookings implements Bookings {
    private final Transactions tx;

    public JpaBookings(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Booking> find(BookingId id) {
        return Optional.ofNullable(tx.entityManager().find(BookingEntity.class, id.toString())).map(JpaBookings::toDomain);
    }

    @Override
    public Optional<Booking> lock(BookingId id) {
        return Optional.ofNullable(tx.entityManager().find(BookingEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaBookings::toDomain);
    }

    @Override
    public List<Booking> overlapping(VehicleId vehicle, Instant start, Instant end) {
        return tx.entityManager().createQuery("""
                        select b from BookingEntity b where b.vehicleId = :v and b.status <> 'CANCELLED'
                        and b.startsAt < :end and :start < b.endsAt""", BookingEntity.class)
                .setParameter("v", vehicle.toString()).setParameter("start", start).setParameter("end", end)
                .getResultStream().map(JpaBookings::toDomain).toList();
    }

    @Override
    public List<Booking> ofDriver(MemberId driver) {
        return tx.entityManager().createQuery("select b from BookingEntity b where b.driverId = :d order by b.startsAt desc, b.id", BookingEntity.class)
                .setParameter("d", driver.toString()).getResultStream().map(JpaBookings::toDomain).toList();
    }

    @Override
    public List<Booking> ofVehicle(VehicleId vehicle) {
        return tx.entityManager().createQuery("select b from BookingEntity b where b.vehicleId = :v order by b.startsAt, b.id", BookingEntity.class)
                .setParameter("v", vehicle.toString()).getResultStream().map(JpaBookings::toDomain).toList();
    }

    @Override
    public void add(Booking b) {
        BookingEntity e = new BookingEntity();
        e.id = b.id().toString();
        e.vehicleId = b.vehicle().toString();
        e.driverId = b.driver().toString();
        e.startsAt = b.start();
        e.endsAt = b.end();
        e.quoteId = b.quoteId().toString();
        e.status = b.status().name();
        e.bookedAt = b.bookedAt();
        tx.entityManager().persist(e);
    }

    @Override
    public void update(Booking b) {
        BookingEntity e = tx.entityManager().find(BookingEntity.class, b.id().toString());
        e.status = b.status().name();
    }

    private static Booking toDomain(BookingEntity e) {
        return new Booking(BookingId.of(e.id), VehicleId.of(e.vehicleId), MemberId.of(e.driverId), e.startsAt, e.endsAt,
                QuoteId.of(e.quoteId), Booking.Status.valueOf(e.status), e.bookedAt);
    }
}
