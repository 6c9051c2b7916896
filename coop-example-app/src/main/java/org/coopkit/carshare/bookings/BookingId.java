package org.coopkit.carshare.bookings;

import java.util.UUID;

public record BookingId(UUID value) {
    public static BookingId random() {
        return new BookingId(UUID.randomUUID());
    }

    public static BookingId of(String s) {
        return new BookingId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
