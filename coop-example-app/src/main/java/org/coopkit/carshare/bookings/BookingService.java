package org.coopkit.carshare.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopkit.carshare.tariffs.Quote;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.VehicleNotFound;
import org.coopkit.carshare.vehicles.Vehicles;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.audit.AuditLog;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.persistence.ConstraintRefusals;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.requests.RequestIdReused;
import org.coopkit.carshare.bookings.internal.BookingRequests;

/**
 * Booking a car. The car's row is locked before the overlap check, so two racing requests for the
 * same car are decided one after the other; on PostgreSQL an exclusion constraint refuses an
 * overlap even from code that forgot the lock.
 *
 * <p>Cancellation: the driver (or the board) may cancel a booking that has not started; a started
 * booking ends with a trip instead.
 */
public final class BookingService {
    static final String OVERLAP_CONSTRAINT = "ex_carshare_bookings_overlap";
    /** The constraints a lost race ends at, and the refusal each stands for. */
    static final ConstraintRefusals REFUSALS = ConstraintRefusals.of(OVERLAP_CONSTRAINT, BookingRefused::overlapping);
    private final Transactions tx;
    private final Bookings bookings;
    private final Vehicles vehicles;
    private final TariffService tariffs;
    private final AuditLog audit;
    private final Clock clock;
    private final BookingRequests requests;
    private final FreeCars freeCars;

    public BookingService(Transactions tx, Bookings bookings, Vehicles vehicles, TariffService tariffs, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.bookings = bookings;
        this.vehicles = vehicles;
        this.tariffs = tariffs;
        this.audit = audit;
        this.clock = clock;
        this.requests = new BookingRequests(tx);
        this.freeCars = new FreeCars(tx, bookings, vehicles);
    }

    public record Booked(Booking booking, Quote quote) {
    }

    /** A member books a car for [start, end) and an estimated distance; the quote fixes the tariff. */
    public Booked book(Actor actor, VehicleId vehicleId, Instant start, Instant end, int estimatedKm) {
        return book(actor, vehicleId, start, end, estimatedKm, Optional.empty());
    }

    /**
     * Books with the client's request id: a retry with the same id and the same content (after a
     * failover, a lost answer) is answered with the booking the first request made and books nothing
     * more; the same id with other content is refused ({@link RequestIdReused}, 422). The id is stored
     * in the booking's transaction under the primary key (driver, request id), so of racing retries,
     * on one server or over several nodes, exactly one books.
     */
    public Booked book(Actor actor, VehicleId vehicleId, Instant start, Instant end, int estimatedKm, Optional<RequestId> requestId) {
        actor.require(Role.MEMBER);
        MemberId driver = actor.requireMemberId();
        TariffService.validate(start, end, estimatedKm);
        if (start.isBefore(clock.instant().minusSeconds(60))) {
            throw new BookingRefused(ErrorKind.UNPROCESSABLE, "booking-in-the-past", "a booking cannot start in the past");
        }
        String fingerprint = RequestId.digest("booking", vehicleId, start, end, estimatedKm);
        try {
            return tx.inTransaction(() -> {
                Vehicle v = vehicles.lock(vehicleId).orElseThrow(() -> new VehicleNotFound(vehicleId));
                // after the car's lock: a racing retry of this request waited for it and now sees its row
                Optional<Booked> done = replayed(driver, requestId, fingerprint);
                if (done.isPresent()) return done.get();
                if (!v.available()) throw new BookingRefused(ErrorKind.CONFLICT, "vehicle-withdrawn", "this car has been withdrawn");
                if (!bookings.overlapping(vehicleId, start, end).isEmpty()) throw BookingRefused.overlapping();
                Quote q = tariffs.quote(start, end, estimatedKm);
                Booking b = new Booking(BookingId.random(), vehicleId, driver, start, end, q.id(), Booking.Status.BOOKED, clock.instant());
                bookings.add(b);
                tx.entityManager().flush();
                requestId.ifPresent(r -> requests.add(driver, r, fingerprint, b.id()));
                audit.record(actor, "carshare.booked", b.id().toString(), vehicleId + " " + start + "/" + end);
                return new Booked(b, q);
            });
        } catch (RuntimeException e) {
            // a racing retry of this very request may have won (the overlap, the primary key, a certification conflict)
            Optional<Booked> done = requestId.isEmpty() ? Optional.empty() : tx.inTransaction(() -> replayed(driver, requestId, fingerprint));
            if (done.isPresent()) return done.get();
            RuntimeException refusal = REFUSALS.translate(e);
            if (refusal instanceof BookingRefused r && r.code().equals("booking-overlaps")) throw BookingRefused.overlapping(freeCars.around(vehicleId, start, end));
            throw refusal;
        }
    }

    /** The booking an earlier request with this id made (the one place a retry is answered), or empty. */
    private Optional<Booked> replayed(MemberId driver, Optional<RequestId> requestId, String fingerprint) {
        return requestId.flatMap(r -> requests.find(driver, r)).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) throw new RequestIdReused("booking");
            Booking b = bookings.find(stored.booking()).orElseThrow();
            return new Booked(b, tariffs.findQuote(b.quoteId()));
        });
    }

    /** Cars free for a window and what that window costs on any of them (the price does not depend on the car): an estimate, stored nowhere. */
    public record Search(List<Vehicle> cars, Quote quote) {
    }

    /**
     * A member looks for a car for [start, end): only the cars with no live booking in that window, of
     * that energy and at least that many seats when asked, each at the quote for the window.
     */
    public Search search(Actor actor, Instant start, Instant end, int estimatedKm, Optional<Energy> energy, int minSeats) {
        actor.require(Role.MEMBER);
        TariffService.validate(start, end, estimatedKm);
        if (minSeats < 1 || minSeats > 9) throw new InvalidInput("seats", "must be between 1 and 9");
        List<Vehicle> free = freeCars.forWindow(start, end, energy, minSeats);
        return new Search(free, tariffs.estimate(start, end, estimatedKm));
    }

    /**
     * The cancellation terms of a booking, those of the tariff version it was booked under: free until
     * {@code freeHours} before the start ({@code until}); later it can no longer be cancelled.
     */
    public record CancellationTerms(Booking booking, int freeHours, Instant until, boolean cancellable) {
    }

    /** The terms that apply if the booking is cancelled now (its driver or the board). */
    public CancellationTerms cancellationTerms(Actor actor, BookingId id) {
        return tx.inTransaction(() -> {
            Booking b = bookings.find(id).orElseThrow(() -> BookingRefused.notFound(id));
            actor.requireSelfOr(b.driver(), Role.BOARD);
            return termsOf(b);
        });
    }

    private CancellationTerms termsOf(Booking b) {
        Tariff t = tariffs.version(tariffs.findQuote(b.quoteId()).tariffVersion());
        Instant until = t.cancellableUntil(b.start());
        return new CancellationTerms(b, t.freeCancellationHours(), until, b.cancellableAt(clock.instant(), until));
    }

    public Booking cancel(Actor actor, BookingId id) {
        return tx.inTransaction(() -> {
            Booking b = bookings.lock(id).orElseThrow(() -> BookingRefused.notFound(id));
            actor.requireSelfOr(b.driver(), Role.BOARD);
            CancellationTerms terms = termsOf(b);
            Booking c = b.cancel(clock.instant(), terms.until(), terms.freeHours());
            bookings.update(c);
            audit.record(actor, "carshare.cancelled", id.toString(), "");
            return c;
        });
    }

    public Booking get(Actor actor, BookingId id) {
        return tx.inTransaction(() -> {
            Booking b = bookings.find(id).orElseThrow(() -> BookingRefused.notFound(id));
            actor.requireSelfOr(b.driver(), Role.BOARD, Role.TREASURER);
            return b;
        });
    }

    /** A member's own bookings, soonest first (the board may read anyone's). */
    public List<Booking> ofDriver(Actor actor, MemberId driver) {
        actor.requireSelfOr(driver, Role.BOARD, Role.TREASURER);
        return tx.inTransaction(() -> bookings.ofDriver(driver).stream()
                .sorted(java.util.Comparator.comparing(Booking::start).thenComparing(b -> b.id().toString())).toList());
    }

    /** When a car is taken: time ranges only, no driver, so members can plan without seeing who drives. */
    public List<Booking> calendar(Actor actor, VehicleId vehicle) {
        actor.require(Role.MEMBER, Role.BOARD);
        return tx.inTransaction(() -> bookings.ofVehicle(vehicle).stream().filter(b -> b.status() != Booking.Status.CANCELLED).toList());
    }
}
