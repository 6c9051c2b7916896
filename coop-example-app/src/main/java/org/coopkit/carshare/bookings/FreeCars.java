package org.coopkit.carshare.bookings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.Vehicles;
import org.coopkit.core.persistence.Transactions;

/**
 * Which cars are free for a time window, and, when a car is taken, when it is free next. Reads
 * only: the booking itself is still decided under the car's lock (and the database's constraint).
 */
public final class FreeCars {
    /** How many next slots and other cars a refusal proposes. */
    static final int PROPOSALS = 3;

    private final Transactions tx;
    private final Bookings bookings;
    private final Vehicles vehicles;

    FreeCars(Transactions tx, Bookings bookings, Vehicles vehicles) {
        this.tx = tx;
        this.bookings = bookings;
        this.vehicles = vehicles;
    }

    /** Cars taking bookings with no live booking in [start, end), of that energy and at least that many seats, by model. */
    List<Vehicle> forWindow(Instant start, Instant end, Optional<Energy> energy, int minSeats) {
        return tx.inTransaction(() -> vehicles.all().stream().filter(Vehicle::available)
                .filter(v -> energy.map(e -> e == v.energy()).orElse(true)).filter(v -> v.seats() >= minSeats)
                .filter(v -> bookings.overlapping(v.id(), start, end).isEmpty())
                .sorted(Comparator.comparing(Vehicle::model).thenComparing(Vehicle::location).thenComparing(v -> v.id().toString()))
                .toList());
    }

    /**
     * What to propose when the car is taken for [start, end): the first windows of the same length
     * on that car that start when one of its bookings ends, and other free cars for the same window.
     */
    Alternatives around(VehicleId car, Instant start, Instant end) {
        Duration length = Duration.between(start, end);
        return tx.inTransaction(() -> {
            List<Booking> live = bookings.ofVehicle(car).stream().filter(b -> b.status() != Booking.Status.CANCELLED)
                    .filter(b -> b.end().isAfter(start)).toList();
            TreeSet<Instant> candidates = new TreeSet<>();
            live.forEach(b -> candidates.add(b.end()));
            List<Slot> slots = new ArrayList<>();
            for (Instant from : candidates) {
                Instant to = from.plus(length);
                if (live.stream().noneMatch(b -> b.overlaps(from, to))) slots.add(new Slot(from, to));
                if (slots.size() == PROPOSALS) break;
            }
            List<Vehicle> others = forWindow(start, end, Optional.empty(), 1).stream().filter(v -> !v.id().equals(car)).limit(PROPOSALS).toList();
            return new Alternatives(slots, others);
        });
    }

    /** A free window of one car. */
    public record Slot(Instant start, Instant end) {
    }

    /** The next free windows of the refused car and other cars free for the refused window. */
    public record Alternatives(List<Slot> nextSlots, List<Vehicle> otherCars) {
    }
}
