package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.bookings.BookingRefused;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.bookings.FreeCars;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.tariffs.Distance;
import org.coopkit.carshare.i18n.PriceWords;
import org.coopkit.carshare.tariffs.Quote;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.TariffService;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.VehicleNotFound;
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
        static QuoteView of(Quote q, Tariff tariff, Viewer v) {
            var p = q.price();
            var i = v.i18n();
            return new QuoteView(v.t("time.range", v.when(q.start()), v.when(q.end())), q.km(), i.money(p.total()), i.money(p.timeCost()),
                    i.money(p.distanceCost()), p.minimumApplied(), i.money(p.ownerShare()), i.money(p.commission()),
                    PriceWords.explain(i, tariff, p), q.tariffVersion(), q.tariffHash());
        }
    }

    /** The cars free for a searched window, each at the window's price (the price does not depend on the car). */
    public record Found(String when, String start, String end, String km, QuoteView quote, List<Vehicle> cars) {
    }

    /** Without a window: every car taking bookings; with one ({@code start}, {@code end}): only the cars free then, with the price. */
    @GET
    public Response list(@QueryParam("start") String start, @QueryParam("end") String end, @QueryParam("km") String km,
                         @QueryParam("energy") String energy, @QueryParam("seats") String seats, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Form form = defaults(Form.empty());
            if (start == null && end == null) {
                List<Vehicle> cars = ui.app().carshare().vehicles().all(v.actor()).stream().filter(Vehicle::available).toList();
                return cars(v, form, cars, null, 200);
            }
            form.with("start", nz(start)).with("end", nz(end)).with("km", km == null ? "40" : km).with("energy", nz(energy)).with("seats", nz(seats));
            Instant from = instant(v, form, "start");
            Instant to = instant(v, form, "end");
            int distance = number(v, form, "km");
            Optional<Energy> kind = Optional.empty();
            if (form.has("energy")) {
                try {
                    kind = Optional.of(Energy.valueOf(form.value("energy")));
                } catch (IllegalArgumentException e) {
                    form.error("energy", v.t("cars.energy.invalid"));
                }
            }
            int minSeats = 1;
            if (form.has("seats")) {
                try {
                    minSeats = Integer.parseInt(form.value("seats").trim());
                    if (minSeats < 1 || minSeats > 9) form.error("seats", v.t("cars.seats.range"));
                } catch (NumberFormatException e) {
                    form.error("seats", v.t("cars.seats.invalid"));
                }
            }
            if (form.hasErrors()) return cars(v, form, List.of(), null, 422);
            try {
                BookingService.Search found = ui.app().carshare().bookings().search(v.actor(), from, to, distance, kind, minSeats);
                return cars(v, form, found.cars(), new Found(v.t("time.range", v.when(from), v.when(to)), form.value("start"), form.value("end"),
                        String.valueOf(distance), QuoteView.of(found.quote(), ui.app().carshare().tariffs().version(found.quote().tariffVersion()), v), found.cars()), 200);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k, Ui.fieldError(v.i18n(), k, m)));
                return cars(v, form, List.of(), null, 422);
            }
        });
    }

    private Response cars(Viewer v, Form form, List<Vehicle> cars, Found found, int status) {
        return ui.page(v, status, "cars.jte", "cars", cars, "tariff", ui.app().carshare().tariffs().current(), "form", form, "found", found);
    }

    /** Tomorrow 9:00 to 12:00, 40 km: the window a form starts with. */
    private Form defaults(Form form) {
        LocalDate tomorrow = LocalDate.now(ui.app().clock().withZone(Ui.ZONE)).plusDays(1);
        return form.with("start", LocalDateTime.of(tomorrow, LocalTime.of(9, 0)).toString())
                .with("end", LocalDateTime.of(tomorrow, LocalTime.of(12, 0)).toString()).with("km", "40");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One car; {@code start}, {@code end} and {@code km} prefill the form (from a search or a proposed free slot). */
    @GET
    @Path("{id}")
    public Response car(@PathParam("id") String id, @QueryParam("start") String start, @QueryParam("end") String end,
                        @QueryParam("km") String km, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Vehicle car = ui.app().carshare().vehicles().get(v.actor(), vehicleId(id));
            Form form = defaults(Form.empty());
            if (start != null && !start.isBlank()) form.with("start", start);
            if (end != null && !end.isBlank()) form.with("end", end);
            if (km != null && !km.isBlank()) form.with("km", km);
            return carPage(v, car, form, null, 200);
        });
    }

    /** What a refused booking proposes: the car's next free windows and other cars free for the window asked. */
    public record Proposal(List<SlotLink> slots, List<CarLink> cars) {
    }

    /** A free window of the refused car, as a link that fills the form with it. */
    public record SlotLink(String when, String href) {
    }

    /** Another car free for the window asked, as a link to its page with that window. */
    public record CarLink(String name, String href) {
    }

    private Proposal proposal(Viewer v, Vehicle car, FreeCars.Alternatives a, String km, Form form) {
        String q = "&km=" + km;
        List<SlotLink> slots = a.nextSlots().stream().map(s -> new SlotLink(v.t("car.slot", v.when(s.start()), v.when(s.end())),
                "/cars/" + car.id().value() + "?start=" + local(s.start()) + "&end=" + local(s.end()) + q)).toList();
        List<CarLink> cars = a.otherCars().stream().map(c -> new CarLink(v.t("car.other", c.model(), c.location()),
                "/cars/" + c.id().value() + "?start=" + form.value("start") + "&end=" + form.value("end") + q)).toList();
        return new Proposal(slots, cars);
    }

    private static String local(Instant t) {
        return LocalDateTime.ofInstant(t, Ui.ZONE).toString();
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
            Instant start = instant(v, form, "start");
            Instant end = instant(v, form, "end");
            int km = number(v, form, "km");
            if (form.hasErrors()) return carPage(v, car, form, null, 422);
            try {
                if ("book".equals(params.getFirst("action"))) {
                    BookingService.Booked b = ui.app().carshare().bookings().book(v.actor(), car.id(), start, end, km);
                    return ui.redirect("/bookings", v.t("booking.booked", car.model(), v.t("time.range", v.when(start), v.when(end)),
                            v.i18n().money(b.quote().price().total())), req);
                }
                TariffService.validate(start, end, km);
                Quote q = ui.app().carshare().tariffs().quote(start, end, km);
                return carPage(v, car, form, QuoteView.of(q, ui.app().carshare().tariffs().version(q.tariffVersion()), v), 200);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k, Ui.fieldError(v.i18n(), k, m)));
                return carPage(v, car, form, null, 422);
            } catch (BookingRefused e) {
                if (e.alternatives().isPresent()) {
                    form.error("start", v.t("car.clash"));
                    return ui.page(v, 409, "car.jte", "car", car, "form", form, "quote", null, "tariff", ui.app().carshare().tariffs().current(),
                            "proposal", proposal(v, car, e.alternatives().get(), String.valueOf(km), form));
                }
                if (e.kind() == ErrorKind.CONFLICT || e.kind() == ErrorKind.UNPROCESSABLE) {
                    return carPage(v, car, form.error("start", sentence(e.getMessage())), null, e.kind().httpStatus());
                }
                throw e;
            } catch (CoopException e) {
                if (e.kind() == ErrorKind.CONFLICT || e.kind() == ErrorKind.UNPROCESSABLE) {
                    return carPage(v, car, form.error("start", sentence(e.getMessage())), null, e.kind().httpStatus());
                }
                throw e;
            }
        });
    }

    private Response carPage(Viewer v, Vehicle car, Form form, QuoteView quote, int status) {
        return ui.page(v, status, "car.jte", "car", car, "form", form, "quote", quote, "tariff", ui.app().carshare().tariffs().current(),
                "proposal", null);
    }

    static String sentence(String s) {
        if (s == null || s.isEmpty()) return "";
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    private static Instant instant(Viewer v, Form form, String field) {
        if (!form.has(field)) {
            form.error(field, v.t("form.datetime.missing"));
            return null;
        }
        try {
            return LocalDateTime.parse(form.value(field)).atZone(Ui.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            form.error(field, v.t("form.datetime.invalid"));
            return null;
        }
    }

    private static int number(Viewer v, Form form, String field) {
        try {
            int n = Integer.parseInt(form.value(field).trim());
            if (!Distance.isValid(n)) form.error(field, v.t("form.km.range", Distance.MAX_KM));
            return n;
        } catch (NumberFormatException e) {
            form.error(field, v.t("form.km.invalid"));
            return 0;
        }
    }

    static VehicleId vehicleId(String id) {
        try {
            return new VehicleId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new VehicleNotFound(null);
        }
    }
}
