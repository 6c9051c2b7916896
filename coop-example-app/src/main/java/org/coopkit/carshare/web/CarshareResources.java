package org.coopkit.carshare.web;

import java.time.Instant;
import java.util.List;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;

/** The car-sharing REST resources, one file per feature ({@link VehicleResources}, {@link TariffResources}, {@link BookingResources}, {@link TripResources}). */
public final class CarshareResources {
    private CarshareResources() {
    }

    public static List<Object> all(CarshareModule carshare) {
        return List.of(new VehicleResources.Vehicles(carshare), new TariffResources.Tariffs(carshare), new TariffResources.Quotes(carshare),
                new BookingResources.Bookings(carshare), new TripResources.Trips(carshare), new TripResources.Work(carshare),
                new TripResources.Environment(carshare));
    }

    /** An instant query parameter, or an error under {@code field}. */
    static Instant parseInstant(String s, String field, java.util.Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            errors.put(field, "is required");
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "must be an instant like 2026-05-05T07:00:00Z");
            return null;
        }
    }

    /** A member id parameter, refused ({@code member}) when malformed. */
    static MemberId parseMember(String s) {
        try {
            return MemberId.of(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("member", "must be a member id");
        }
    }
}
