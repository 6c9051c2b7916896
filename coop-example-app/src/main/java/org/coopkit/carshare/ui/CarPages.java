package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.tariffs.Quote;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.glassfish.jersey.server.ContainerRequest;

/** The cars and the published tariff; one car's page quotes a price with its reasons and books it. */
@Path("/cars")
@Produces(MediaType.TEXT_HTML)
public final class CarPages {
    private final Ui ui;

    CarPages(Ui ui) {
        this.ui = ui;
    }

    /** A quote as the page shows it: the price, its parts and the sentence that explains it. */
    public record QuoteView(String when, int km, String total, String time, String distance, boolean minimumApplied,
                            String ownerShare, String commission, String explanation, int tariffVersion, String tariffHash) {
        static QuoteView of(Quote q, Ui ui) {
            var p = q.price();
            return new QuoteView(ui.when(q.start()) + " to " + ui.when(q.end()), q.km(), p.total().toString(), p.timeCost().toString(),
                    p.distanceCost().toString(), p.minimumApplied(), p.ownerShare().toString(), p.commission().toString(),
                    p.explanation(), q.tariffVersion(), q.tariffHash());
        }
    }

    @GET
    public Response list(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            List<Vehicle> cars = ui.app().carshare().vehicles().all(v.actor()).stream().filter(Vehicle::available).toList();
            return ui.page(v, "cars.jte", "cars", cars, "tariff", ui.app().carshare().tariffs().current());
        });
    }

    @GET
    @Path("{id}")
    public Response car(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Vehicle car = ui.app().carshare().vehicles().get(v.actor(), vehicleId(id));
            LocalDate tomorrow = LocalDate.now(ui.app().clock().withZone(Ui.ZONE)).plusDays(1);
            Form form = Form.empty().with("start", LocalDateTime.of(tomorrow, LocalTime.of(9, 0)).toString())
                    .with("end", LocalDateTime.of(tomorrow, LocalTime.of(12, 0)).toString()).with("km", "40");
            return carPage(v, car, form, null, 200);
        });
    }

    /** One form, two buttons: "Get a quote" shows the price and why; "Book" books at that price. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response quoteOrBook(@PathParam("id") String id, MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Vehicle car = ui.app().carshare().vehicles().get(v.actor(), vehicleId(id));
            Form form = Form.of(params);
            Instant start = instant(form, "start");
            Instant end = instant(form, "end");
            int km = number(form, "km");
            if (form.hasErrors()) return carPage(v, car, form, null, 422);
            try {
                if ("book".equals(params.getFirst("action"))) {
                    BookingService.Booked b = ui.app().carshare().bookings().book(v.actor(), car.id(), start, end, km);
                    return ui.redirect("/bookings", "Booked: " + car.model() + ", " + ui.when(start) + " to " + ui.when(end)
                            + ", estimated price " + b.quote().price().total() + ".", req);
                }
                TariffService.validate(start, end, km);
                Quote q = ui.app().carshare().tariffs().quote(start, end, km);
                return carPage(v, car, form, QuoteView.of(q, ui), 200);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k, sentence(m)));
                return carPage(v, car, form, null, 422);
            } catch (CoopException e) {
                if (e.kind() == ErrorKind.CONFLICT || e.kind() == ErrorKind.UNPROCESSABLE) {
                    return carPage(v, car, form.error("start", sentence(e.getMessage())), null, e.kind().httpStatus());
                }
                throw e;
            }
        });
    }

    private Response carPage(Viewer v, Vehicle car, Form form, QuoteView quote, int status) {
        return ui.page(v, status, "car.jte", "car", car, "form", form, "quote", quote, "tariff", ui.app().carshare().tariffs().current());
    }

    static String sentence(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    private static Instant instant(Form form, String field) {
        if (!form.has(field)) {
            form.error(field, "Enter a date and time.");
            return null;
        }
        try {
            return LocalDateTime.parse(form.value(field)).atZone(Ui.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            form.error(field, "Enter a date and time like 2026-05-05T09:00.");
            return null;
        }
    }

    private static int number(Form form, String field) {
        try {
            int n = Integer.parseInt(form.value(field).trim());
            if (n < 0 || n > 5000) form.error(field, "Enter a distance between 0 and 5000 km.");
            return n;
        } catch (NumberFormatException e) {
            form.error(field, "Enter a whole number of kilometres, like 40.");
            return 0;
        }
    }

    static VehicleId vehicleId(String id) {
        try {
            return new VehicleId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new org.coopkit.core.errors.NotFound("car", id);
        }
    }
}
