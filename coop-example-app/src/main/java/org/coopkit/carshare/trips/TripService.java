package org.coopkit.carshare.trips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.bookings.BookingRefused;
import org.coopkit.carshare.bookings.Bookings;
import org.coopkit.carshare.environment.Footprint;
import org.coopkit.carshare.tariffs.Distance;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.Vehicles;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.Transactions;

/**
 * Ending a booking with a trip, and logging member work (pending until another board member approves it). The price is the booking's quoted tariff
 * version applied to the booked time and the kilometres driven; the trip, its journal entries and
 * its patronage records commit together, once (the booking's row is locked and a trip's key is its
 * booking).
 */
public final class TripService {
    private final Transactions tx;
    private final Trips trips;
    private final Bookings bookings;
    private final Vehicles vehicles;
    private final TariffService tariffs;
    private final TripAccounting accounting;
    private final AuditLog audit;
    private final Clock clock;

    public TripService(Transactions tx, Trips trips, Bookings bookings, Vehicles vehicles, TariffService tariffs,
                       TripAccounting accounting, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.trips = trips;
        this.bookings = bookings;
        this.vehicles = vehicles;
        this.tariffs = tariffs;
        this.accounting = accounting;
        this.audit = audit;
        this.clock = clock;
    }

    public Trip endTrip(Actor actor, BookingId id, int km) {
        Distance.ofKm(km);
        return tx.inTransaction(() -> {
            Booking b = bookings.lock(id).orElseThrow(() -> BookingRefused.notFound(id));
            actor.requireSelfOr(b.driver(), Role.BOARD);
            Booking completed = b.complete(clock.instant());
            Vehicle v = vehicles.find(b.vehicle()).orElseThrow();
            int version = tariffs.findQuote(b.quoteId()).tariffVersion();
            Tariff t = tariffs.version(version);
            Tariff.Price p = t.price(Duration.between(b.start(), b.end()), km);
            Trip trip = new Trip(b.id(), b.vehicle(), b.driver(), v.owner(), b.start(), b.end(), km, version,
                    p.total(), p.ownerShare(), p.commission(), Footprint.of(km, v.energy()), clock.instant());
            bookings.update(completed);
            trips.add(trip);
            accounting.tripFinished(trip);
            audit.record(actor, "carshare.trip-ended", id.toString(), km + " km, " + p.total());
            return trip;
        });
    }

    /** One trip as the actor may see it ({@link Trip#seenBy}): its driver, its car's owner (dates only), the board or the treasurer. */
    public TripSeen get(Actor actor, BookingId id) {
        return tx.inTransaction(() -> {
            Trip t = trips.find(id).orElseThrow(() -> BookingRefused.notFound(id));
            if (!actor.isSelf(t.driver()) && !actor.isSelf(t.owner())) actor.require(Role.BOARD, Role.TREASURER);
            return t.seenBy(actor);
        });
    }

    /** The receipt of a trip: for its driver, the board or the treasurer (a car's owner sees what the data policy lets them, not a receipt). */
    public TripReceipt receipt(Actor actor, BookingId id) {
        return tx.inTransaction(() -> {
            Trip t = trips.find(id).orElseThrow(() -> BookingRefused.notFound(id));
            actor.requireSelfOr(t.driver(), Role.BOARD, Role.TREASURER);
            return receiptOf(t);
        });
    }

    /** The trips a member drove that started in {@code month} (in {@code zone}), oldest first, each as its receipt. */
    public List<TripReceipt> month(Actor actor, MemberId driver, java.time.YearMonth month, java.time.ZoneId zone) {
        actor.requireSelfOr(driver, Role.BOARD, Role.TREASURER);
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return tx.inTransaction(() -> trips.between(from, to).stream().filter(t -> t.driver().equals(driver))
                .sorted(java.util.Comparator.comparing(Trip::start).thenComparing(t -> t.booking().toString())).map(this::receiptOf).toList());
    }

    private TripReceipt receiptOf(Trip t) {
        Tariff tariff = tariffs.version(t.tariffVersion());
        Vehicle car = vehicles.find(t.vehicle()).orElseThrow();
        return new TripReceipt(t, car, tariff, tariff.price(Duration.between(t.start(), t.end()), t.km()));
    }

    /** Trips a member drove or whose car they own, each as the actor may see it (an owner sees dates only). */
    public List<TripSeen> ofMember(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> trips.ofMember(member).stream().map(t -> t.seenBy(actor)).toList());
    }

    /**
     * A member logs work they did for the co-op. It is PENDING: it counts as patronage only once
     * a board member who is not the worker approves it. Work dated in a closed fiscal year is
     * refused at once.
     */
    public WorkLog logWork(Actor actor, WorkLog.Kind kind, int minutes, LocalDate on, String vehicleId, String note) {
        actor.require(Role.MEMBER);
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) errors.put("kind", "must be one of " + List.of(WorkLog.Kind.values()));
        if (minutes < 1 || minutes > 12 * 60) errors.put("minutes", "must be between 1 and 720");
        if (on == null || on.isAfter(LocalDate.now(clock))) errors.put("on", "must be a date not in the future");
        else if (on.isBefore(LocalDate.of(2000, 1, 1))) errors.put("on", "must be a date from 2000 on");
        if (note != null && note.length() > 200) errors.put("note", "must be at most 200 characters");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        WorkLog log = WorkLog.logged(UUID.randomUUID(), actor.requireMemberId(), vehicleId, kind, minutes, on, note);
        return tx.inTransaction(() -> {
            accounting.requireOpenYear(on);
            trips.addWork(log);
            audit.record(actor, "carshare.work-logged", log.id().toString(), kind + " " + minutes + " min on " + on + ", pending approval");
            return log;
        });
    }

    /** A board member who is not the worker approves logged work: from now on it counts as patronage. Audited. */
    public WorkLog approveWork(Actor actor, UUID id) {
        actor.require(Role.BOARD);
        return tx.inTransaction(() -> {
            WorkLog w = trips.lockWork(id).orElseThrow(() -> WorkRefused.notFound(id));
            if (actor.isSelf(w.member())) throw WorkRefused.ownWork();
            WorkLog approved = w.approved(actor.memberId(), clock.instant());
            accounting.requireOpenYear(w.on());
            trips.updateWork(approved);
            accounting.workApproved(approved);
            audit.record(actor, "carshare.work-approved", id.toString(), w.member() + " " + w.kind() + " " + w.minutes() + " min on " + w.on());
            return approved;
        });
    }

    /** A board member who is not the worker rejects logged work, with a reason the worker sees. Audited. */
    public WorkLog rejectWork(Actor actor, UUID id, String reason) {
        actor.require(Role.BOARD);
        if (reason == null || reason.isBlank()) throw new InvalidInput("reason", "a reason is required");
        if (reason.length() > 200) throw new InvalidInput("reason", "must be at most 200 characters");
        return tx.inTransaction(() -> {
            WorkLog w = trips.lockWork(id).orElseThrow(() -> WorkRefused.notFound(id));
            if (actor.isSelf(w.member())) throw WorkRefused.ownWork();
            WorkLog rejected = w.rejected(actor.memberId(), clock.instant(), reason.strip());
            trips.updateWork(rejected);
            audit.record(actor, "carshare.work-rejected", id.toString(), w.member() + ": " + reason.strip());
            return rejected;
        });
    }

    /** Work waiting for a board member's approval (the board). */
    public List<WorkLog> pendingWork(Actor actor) {
        actor.require(Role.BOARD);
        return tx.inTransaction(trips::pendingWork);
    }

    public List<WorkLog> workOf(Actor actor, MemberId member) {
        actor.requireSelfOr(member, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> trips.workOf(member));
    }

    /** The co-op's footprint for a calendar year, every trip counted. */
    public Footprint yearFootprint(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return tx.inTransaction(() -> trips.between(from, to).stream().map(Trip::footprint).reduce(Footprint.zero(), Footprint::plus));
    }
}
