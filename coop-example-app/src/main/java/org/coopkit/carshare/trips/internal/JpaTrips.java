package org.coopkit.carshare.trips.internal;

import jakarta.persistence.LockModeType;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.environment.Footprint;
import org.coopkit.carshare.internal.UsageColumns;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.Trips;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.persistence.Transactions;

public final class JpaTrips implements Trips {
    private final Transactions tx;

    public JpaTrips(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Trip> find(BookingId booking) {
        return Optional.ofNullable(tx.entityManager().find(TripEntity.class, booking.toString())).map(JpaTrips::toDomain);
    }

    @Override
    public void add(Trip t) {
        TripEntity e = new TripEntity();
        e.bookingId = t.booking().toString();
        e.vehicleId = t.vehicle().toString();
        e.driverId = t.driver().toString();
        e.ownerId = t.owner().toString();
        e.usage = new UsageColumns(t.start(), t.end(), t.km());
        e.tariffVersion = t.tariffVersion();
        e.price = t.price().amount();
        e.ownerShare = t.ownerShare().amount();
        e.commission = t.commission().amount();
        e.currency = t.price().currencyCode();
        e.energy = energyOf(t);
        e.endedAt = t.endedAt();
        tx.entityManager().persist(e);
    }

    private String energyOf(Trip t) {
        return tx.entityManager().createQuery("select v.energy from VehicleEntity v where v.id = :id", String.class)
                .setParameter("id", t.vehicle().toString()).getSingleResult();
    }

    @Override
    public List<Trip> ofMember(MemberId member) {
        return tx.entityManager().createQuery("select t from TripEntity t where t.driverId = :m or t.ownerId = :m order by t.usage.startsAt desc, t.bookingId",
                TripEntity.class).setParameter("m", member.toString()).getResultStream().map(JpaTrips::toDomain).toList();
    }

    @Override
    public List<Trip> between(Instant from, Instant to) {
        return tx.entityManager().createQuery("select t from TripEntity t where t.usage.startsAt >= :f and t.usage.startsAt < :t order by t.usage.startsAt, t.bookingId",
                TripEntity.class).setParameter("f", from).setParameter("t", to).getResultStream().map(JpaTrips::toDomain).toList();
    }

    @Override
    public void addWork(WorkLog w) {
        WorkLogEntity e = new WorkLogEntity();
        e.id = w.id().toString();
        e.memberId = w.member().toString();
        e.vehicleId = w.vehicleId();
        e.kind = w.kind().name();
        e.minutes = w.minutes();
        e.onDate = w.on();
        e.note = w.note();
        review(e, w);
        tx.entityManager().persist(e);
    }

    @Override
    public List<WorkLog> workOf(MemberId member) {
        return tx.entityManager().createQuery("select w from WorkLogEntity w where w.memberId = :m order by w.onDate desc, w.id", WorkLogEntity.class)
                .setParameter("m", member.toString()).getResultStream().map(JpaTrips::toDomain).toList();
    }

    @Override
    public Optional<WorkLog> lockWork(UUID id) {
        return Optional.ofNullable(tx.entityManager().find(WorkLogEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE)).map(JpaTrips::toDomain);
    }

    @Override
    public void updateWork(WorkLog w) {
        WorkLogEntity e = tx.entityManager().find(WorkLogEntity.class, w.id().toString());
        review(e, w);
    }

    @Override
    public List<WorkLog> pendingWork() {
        return tx.entityManager().createQuery("select w from WorkLogEntity w where w.status = :s order by w.onDate, w.id", WorkLogEntity.class)
                .setParameter("s", WorkLog.Status.PENDING.name()).getResultStream().map(JpaTrips::toDomain).toList();
    }

    private static void review(WorkLogEntity e, WorkLog w) {
        e.status = w.status().name();
        e.reviewedBy = w.reviewedBy().map(MemberId::toString).orElse(null);
        e.reviewedAt = w.reviewedAt().orElse(null);
        e.rejectionReason = w.rejectionReason().orElse(null);
    }

    private static WorkLog toDomain(WorkLogEntity e) {
        return new WorkLog(UUID.fromString(e.id), MemberId.of(e.memberId), e.vehicleId, WorkLog.Kind.valueOf(e.kind), e.minutes, e.onDate, e.note,
                WorkLog.Status.valueOf(e.status), Optional.ofNullable(e.reviewedBy).map(MemberId::of), Optional.ofNullable(e.reviewedAt),
                Optional.ofNullable(e.rejectionReason));
    }

    private static Trip toDomain(TripEntity e) {
        Currency c = Currency.getInstance(e.currency);
        return new Trip(BookingId.of(e.bookingId), VehicleId.of(e.vehicleId), MemberId.of(e.driverId), MemberId.of(e.ownerId), e.usage.startsAt(), e.usage.endsAt(),
                e.usage.km(), e.tariffVersion, Money.of(e.price, c, RoundingMode.UNNECESSARY), Money.of(e.ownerShare, c, RoundingMode.UNNECESSARY),
                Money.of(e.commission, c, RoundingMode.UNNECESSARY), Footprint.of(e.usage.km(), Energy.valueOf(e.energy)), e.endedAt);
    }
}
