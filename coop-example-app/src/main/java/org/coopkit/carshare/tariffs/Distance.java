package org.coopkit.carshare.tariffs;

import org.coopkit.core.errors.InvalidInput;

/**
 * A distance driven or expected, in whole kilometres: the one place its limits live (0 to
 * {@value #MAX_KM} km, a trip of a booking of at most 14 days). The API's bean validation, the
 * quote, the trip and the web forms all check through it.
 */
public record Distance(int km) {
    /** The longest distance a booking or a trip may state. */
    public static final int MAX_KM = 5000;
    /** The message a distance out of bounds is refused with (under the caller's field name). */
    public static final String OUT_OF_BOUNDS = "must be between 0 and " + MAX_KM;

    /** Refuses a distance out of bounds ({@link InvalidInput} on {@code km}). */
    public Distance {
        if (!isValid(km)) throw new InvalidInput("km", OUT_OF_BOUNDS);
    }

    /** A distance of {@code km}, refused ({@link InvalidInput} on {@code km}) when out of bounds. */
    public static Distance ofKm(int km) {
        return new Distance(km);
    }

    /** True when {@code km} is a distance a booking or trip may state. */
    public static boolean isValid(int km) {
        return km >= 0 && km <= MAX_KM;
    }
}
