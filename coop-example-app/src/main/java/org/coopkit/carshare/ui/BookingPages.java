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
import org.coopkit.carshare.CarshareApp;
import org.coopkit.carshare.i18n.PriceWords;
import org.coopkit.carshare.receipts.ReceiptPdf;
import org.coopkit.carshare.trips.TripReceipt;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.trips.OwnerTrip;
import org.coopkit.carshare.trips.Trip;
import org.coopkit.carshare.trips.TripSeen;
import org.coopkit.carshare.vehicles.Vehicle;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
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

    /** One booking row with what the member can do with it now; {@code phase} follows the trip (booked, in progress, ended, cancelled). */
    public record BookingRow(String id, String car, String from, String to, String phase, String status, String price, boolean cancellable,
                             boolean endable, boolean upcoming) {
    }

    /** One trip row: as driver or as the car's owner. */
    public record TripRow(String car, String from, String to, String km, String price, String role, String amount, String savedKgCo2,
                          String receipt) {
    }

    @GET
    public Response mine(@Context ContainerRequest req) {
        return ui.guard(req, () -> page(ui.member(req), Form.empty(), 200));
    }

    /** The cancellation terms of one booking, as they apply now, and the confirmation step. */
    public record CancelView(String id, String car, String from, String to, String price, String terms, String until, boolean cancellable,
                             int tariffVersion) {
    }

    /** Cancelling, step one: the terms that apply (those of the tariff the booking was quoted under) and a button to confirm. */
    @GET
    @Path("{id}/cancel")
    public Response confirmCancel(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            return cancelPage(v, bookingId(id), null, 200);
        });
    }

    private Response cancelPage(Viewer v, BookingId id, String problem, int status) {
        var app = ui.app().carshare();
        BookingService.CancellationTerms t = app.bookings().cancellationTerms(v.actor(), id);
        Booking b = t.booking();
        var quote = app.tariffs().findQuote(b.quoteId());
        Map<String, Vehicle> cars = app.vehicles().all(v.actor()).stream().collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
        CancelView view = new CancelView(b.id().toString(), model(v, cars, b.vehicle().toString()), v.when(b.start()), v.when(b.end()),
                v.i18n().money(quote.price().total()), v.t(t.freeHours() == 0 ? "cancel.terms.start" : "cancel.terms.hours", t.freeHours()),
                v.when(t.until()), t.cancellable(), quote.tariffVersion());
        return ui.page(v, status, "cancel.jte", "booking", view, "problem", problem);
    }

    /** Cancelling, step two: only with the confirmation the first step's button sends. */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("confirm") String confirm,
                           @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            BookingId booking = bookingId(id);
            if (!"yes".equals(confirm)) {
                return cancelPage(v, booking, v.t("cancel.confirm"), 422);
            }
            try {
                ui.app().carshare().bookings().cancel(v.actor(), booking);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return cancelPage(v, booking, Ui.readable(v.i18n(), e), 409);
            }
            return ui.redirect("/bookings", v.t("cancel.done"), req);
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
                return page(v, form.error(field, v.t("trip.km.invalid")), 422);
            }
            try {
                Trip t = ui.app().carshare().trips().endTrip(v.actor(), bookingId(id), n);
                return ui.redirect("/bookings/" + t.booking() + "/receipt", v.t("trip.ended", t.km(), v.i18n().money(t.price())), req);
            } catch (InvalidInput e) {
                return page(v, form.error(field, e.fieldErrors().containsKey("km") ? Ui.fieldError(v.i18n(), "km", e.fieldErrors().get("km")) : Ui.readable(v.i18n(), e)), 422);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, form.error(field, Ui.readable(v.i18n(), e)), 409);
            }
        });
    }

    /** A trip's receipt as the page shows it: the price and why, the tariff version, its terms and hash, the split, the co-op. */
    public record ReceiptView(String id, String reference, String car, String from, String to, int km, String driver, String price, String time,
                              String distance, String minimum, String ownerShare, String commission, String explanation, int tariffVersion,
                              String terms, String hash, String month, String coop) {
    }

    /** The receipt of a finished trip (its driver, the board, the treasurer); the end-of-trip page. */
    @GET
    @Path("{id}/receipt")
    public Response receipt(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            TripReceipt r = ui.app().carshare().trips().receipt(v.actor(), bookingId(id));
            var p = r.price();
            var i = v.i18n();
            ReceiptView view = new ReceiptView(r.trip().booking().toString(), ReceiptPdf.reference(r), v.t("car.other", r.car().model(), r.car().location()),
                    v.when(r.trip().start()), v.when(r.trip().end()), r.trip().km(), driverName(r), i.money(r.trip().price()),
                    i.money(p.timeCost()), i.money(p.distanceCost()), p.minimumApplied() ? i.money(r.tariff().minimum()) : null,
                    i.money(r.trip().ownerShare()), i.money(r.trip().commission()), PriceWords.explain(i, r.tariff(), p), r.tariff().version(),
                    r.tariff().canonicalTerms(), r.tariff().hash(), java.time.YearMonth.from(r.trip().start().atZone(Ui.ZONE)).toString(),
                    CarshareApp.identity().line());
            return ui.page(v, "receipt.jte", "receipt", view);
        });
    }

    /** The same receipt as a PDF. */
    @GET
    @Path("{id}/receipt.pdf")
    @Produces("application/pdf")
    public Response receiptPdf(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            TripReceipt r = ui.app().carshare().trips().receipt(v.actor(), bookingId(id));
            byte[] pdf = ReceiptPdf.receipt(r, driverName(r), CarshareApp.identity(), v.i18n());
            return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"receipt-" + ReceiptPdf.reference(r) + ".pdf\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    private String driverName(TripReceipt r) {
        return ui.app().core().memberDirectory().name(r.trip().driver()).orElse("");
    }

    private Response page(Viewer v, Form form, int status) {
        MemberId me = v.actor().requireMemberId();
        var app = ui.app().carshare();
        Map<String, Vehicle> cars = app.vehicles().all(v.actor()).stream().collect(Collectors.toMap(c -> c.id().toString(), Function.identity()));
        Instant now = ui.app().clock().instant();
        // upcoming soonest first (the service's order), past ones latest first
        List<BookingRow> all = app.bookings().ofDriver(v.actor(), me).stream()
                .map(b -> {
                    Booking.Phase phase = b.phaseAt(now);
                    return new BookingRow(b.id().toString(), model(v, cars, b.vehicle().toString()), v.when(b.start()), v.when(b.end()),
                            phase.name().toLowerCase().replace('_', '-'), v.t("booking.phase." + phase.name().toLowerCase()),
                            v.i18n().money(app.tariffs().findQuote(b.quoteId()).price().total()),
                            phase == Booking.Phase.BOOKED, phase == Booking.Phase.IN_PROGRESS,
                            phase == Booking.Phase.BOOKED || phase == Booking.Phase.IN_PROGRESS);
                })
                .toList();
        List<BookingRow> upcoming = all.stream().filter(BookingRow::upcoming).toList();
        List<BookingRow> past = new java.util.ArrayList<>(all.stream().filter(r -> !r.upcoming()).toList());
        java.util.Collections.reverse(past);
        // an owner sees the trips of their car as the data policy says: dates (and what they earned), not who drove or how far
        List<TripRow> trips = app.trips().ofMember(v.actor(), me).stream()
                .sorted(Comparator.comparing(TripSeen::start).reversed())
                .map(seen -> seen instanceof Trip t
                        ? new TripRow(model(v, cars, t.vehicle().toString()), v.when(t.start()), v.when(t.end()), String.valueOf(t.km()),
                                v.i18n().money(t.price()), v.t("bookings.as.driver"), v.i18n().money(t.price()), v.i18n().decimal(t.footprint().savedKgCo2()),
                                "/bookings/" + t.booking() + "/receipt")
                        : new TripRow(model(v, cars, seen.vehicle().toString()), v.when(seen.start()), v.when(seen.end()), "—", "—", v.t("bookings.as.owner"),
                                v.i18n().money(((OwnerTrip) seen).ownerShare()), "—", null))
                .toList();
        return ui.page(v, status, "bookings.jte", "upcoming", upcoming, "past", past, "trips", trips, "form", form);
    }

    private static String model(Viewer viewer, Map<String, Vehicle> cars, String id) {
        Vehicle v = cars.get(id);
        return v == null ? viewer.t("bookings.car-withdrawn") : v.model() + " — " + v.location();
    }

    static String label(Booking.Phase p) {
        return switch (p) {
            case BOOKED -> "Booked";
            case IN_PROGRESS -> "In progress";
            case ENDED -> "Ended";
            case CANCELLED -> "Cancelled";
        };
    }

    static BookingId bookingId(String id) {
        try {
            return new BookingId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw org.coopkit.carshare.bookings.BookingRefused.notFound(null);
        }
    }
}
