package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopkit.carshare.bookings.Booking;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.trips.OwnerTrip;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripSeen;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.MemberId;
import org.glassfish.jersey.server.ContainerRequest;

/** A member's bookings (cancel one not started, end a started one with the km driven) and trips. */
@Path("/bookings")
@Produces(MediaType.TEXT_HTML)
public final class BookingPages {
    private final Ui ui;

    BookingPages(Ui ui) {
        this.ui = ui;
    }

    /** One booking row with what the member can do with it now. */
    public record BookingRow(String id, String car, String from, String to, String status, String price, boolean cancellable,
                             boolean endable) {
    }

    /** One trip row: as driver or as the car's owner. */
    public record TripRow(String car, String from, String to, String km, String price, String role, String amount, String savedKgCo2) {
    }

    @GET
    public Response mine(@Context ContainerRequest req) {
        return ui.guard(req, () -> page(ui.member(req), Form.empty(), 200));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            try {
                ui.app().carshare().bookings().cancel(v.actor(), bookingId(id));
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, Form.empty().error("booking", CarPages.sentence(e.getMessage())), 409);
            }
            return ui.redirect("/bookings", "Booking cancelled.", req);
        });
    }

    @POST
    @Path("{id}/trip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endTrip(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("km") String km,
                            @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            String field = "km-" + id;
            Form form = Form.empty().with(field, km == null ? "" : km);
            int n;
            try {
                n = Integer.parseInt(km == null ? "" : km.trim());
            } catch (NumberFormatException e) {
                return page(v, form.error(field, "Enter the kilometres driven as a whole number, like 42."), 422);
            }
            try {
                Trip t = ui.app().carshare().trips().endTrip(v.actor(), bookingId(id), n);
                return ui.redirect("/bookings", "Trip ended: " + t.km() + " km, price " + t.price() + ".", req);
            } catch (InvalidInput e) {
                return page(v, form.error(field, CarPages.sentence(e.fieldErrors().getOrDefault("km", e.getMessage()))), 422);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, form.error(field, CarPages.sentence(e.getMessage())), 409);
            }
        });
    }

    private Response page(Viewer v, Form form, int status) {
        MemberId me = v.actor().requireMemberId();
        var app = ui.app().carshare();
        Map<String, Vehicle> cars = app.vehicles().all(v.actor()).stream().collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
        Instant now = ui.app().clock().instant();
        List<BookingRow> bookings = app.bookings().ofDriver(v.actor(), me).stream()
                .sorted(Comparator.comparing(Booking::start).reversed())
                .map(b -> new BookingRow(b.id().toString(), model(cars, b.vehicle().toString()), ui.when(b.start()), ui.when(b.end()),
                        label(b.status()), app.tariffs().findQuote(b.quoteId()).price().total().toString(),
                        b.status() == Booking.Status.BOOKED && now.isBefore(b.start()),
                        b.status() == Booking.Status.BOOKED && !now.isBefore(b.start())))
                .toList();
        // an owner sees the trips of their car as the data policy says: dates (and what they earned), not who drove or how far
        List<TripRow> trips = app.trips().ofMember(v.actor(), me).stream()
                .sorted(Comparator.comparing(TripSeen::start).reversed())
                .map(seen -> seen instanceof Trip t
                        ? new TripRow(model(cars, t.vehicle().toString()), ui.when(t.start()), ui.when(t.end()), String.valueOf(t.km()),
                                t.price().toString(), "Driver", t.price().toString(), t.footprint().savedKgCo2().toPlainString())
                        : new TripRow(model(cars, seen.vehicle().toString()), ui.when(seen.start()), ui.when(seen.end()), "—", "—", "Owner",
                                ((OwnerTrip) seen).ownerShare().toString(), "—"))
                .toList();
        return ui.page(v, status, "bookings.jte", "bookings", bookings, "trips", trips, "form", form);
    }

    private static String model(Map<String, Vehicle> cars, String id) {
        Vehicle v = cars.get(id);
        return v == null ? "(car withdrawn)" : v.model() + " — " + v.location();
    }

    private static String label(Booking.Status s) {
        return switch (s) {
            case BOOKED -> "Booked";
            case CANCELLED -> "Cancelled";
            case COMPLETED -> "Completed";
        };
    }

    static BookingId bookingId(String id) {
        try {
            return new BookingId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFound("booking", id);
        }
    }
}
