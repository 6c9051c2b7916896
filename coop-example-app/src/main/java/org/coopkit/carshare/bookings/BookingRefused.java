package org.coopkit.carshare.bookings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

/** A booking command the rules refuse: overlapping, car withdrawn, in the past, already started… */
public final class BookingRefused extends CarshareException {
    private final FreeCars.Alternatives alternatives;

    public BookingRefused(ErrorKind kind, String code, String message) {
        this(kind, code, message, null);
    }

    private BookingRefused(ErrorKind kind, String code, String message, FreeCars.Alternatives alternatives) {
        super(kind, code, message);
        this.alternatives = alternatives;
    }

    public static BookingRefused overlapping() {
        return new BookingRefused(ErrorKind.CONFLICT, "booking-overlaps", "the car is already booked for part of that time");
    }

    /** The overlap refusal with what to book instead: the car's next free windows of the same length, and other free cars. */
    public static BookingRefused overlapping(FreeCars.Alternatives alternatives) {
        return new BookingRefused(ErrorKind.CONFLICT, "booking-overlaps", "the car is already booked for part of that time", alternatives);
    }

    /** What the refusal proposes instead (an overlap only). */
    public java.util.Optional<FreeCars.Alternatives> alternatives() {
        return java.util.Optional.ofNullable(alternatives);
    }

    /** For an overlap: {@code nextFreeSlots} of the car ({@code start}, {@code end}) and {@code freeCars} for the same window. */
    @Override
    public Map<String, Object> details() {
        if (alternatives == null) return Map.of();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("nextFreeSlots", alternatives.nextSlots().stream().map(s -> Map.of("start", s.start().toString(), "end", s.end().toString())).toList());
        d.put("freeCars", alternatives.otherCars().stream().map(v -> Map.of("vehicleId", v.id().toString(), "model", v.model(),
                "location", v.location(), "seats", v.seats(), "energy", v.energy().name())).toList());
        return d;
    }

    public static BookingRefused notFound(BookingId id) {
        return new BookingRefused(ErrorKind.NOT_FOUND, "booking-not-found", "no such booking");
    }
}
