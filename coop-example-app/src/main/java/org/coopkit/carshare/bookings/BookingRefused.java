package org.coopkit.carshare.bookings;

import org.coopkit.carshare.CarshareException;
import org.coopkit.core.errors.ErrorKind;

/** A booking command the rules refuse: overlapping, car withdrawn, in the past, already started… */
public final class BookingRefused extends CarshareException {
    public BookingRefused(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    public static BookingRefused overlapping() {
        return new BookingRefused(ErrorKind.CONFLICT, "booking-overlaps", "the car is already booked for part of that time");
    }

    public static BookingRefused notFound(BookingId id) {
        return new BookingRefused(ErrorKind.NOT_FOUND, "booking-not-found", "booking " + id + " does not exist");
    }
}
