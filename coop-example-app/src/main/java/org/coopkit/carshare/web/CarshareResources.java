package org.coopkit.carshare.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.carshare.web.Views.BookedView;
import org.coopkit.carshare.web.Views.BookingView;
import org.coopkit.carshare.web.Views.CancellationTermsView;
import org.coopkit.carshare.web.Views.SearchView;
import org.coopkit.carshare.web.Views.FootprintView;
import org.coopkit.carshare.web.Views.QuoteView;
import org.coopkit.carshare.web.Views.SlotView;
import org.coopkit.carshare.web.Views.TariffView;
import org.coopkit.carshare.web.Views.TripView;
import org.coopkit.carshare.web.Views.VehicleView;
import org.coopkit.carshare.web.Views.WorkView;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** The car-sharing REST resources; each method parses, calls one service method and maps the result. */
public final class CarshareResources {
    private CarshareResources() {
    }

    public static List<Object> all(CarshareModule carshare) {
        return List.of(new Vehicles(carshare), new Tariffs(carshare), new Quotes(carshare), new Bookings(carshare),
                new Trips(carshare), new Work(carshare), new Environment(carshare));
    }

    @Path("/api/vehicles")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Vehicles {
        private final CarshareModule app;

        Vehicles(CarshareModule app) {
            this.app = app;
        }

        public record ListingBody(@NotBlank @Size(max = 100) String model, @Min(1) @Max(9) int seats,
                                  @NotBlank @Size(max = 100) String location, @NotNull Energy energy) {
        }

        @GET
        public List<VehicleView> all(@Context SecurityContext sc) {
            return app.vehicles().all(Actors.of(sc)).stream().map(VehicleView::of).toList();
        }

        @POST
        public Response list(@Valid ListingBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            var v = app.vehicles().list(Actors.of(sc), new VehicleService.Listing(body.model(), body.seats(), body.location(), body.energy()));
            return Response.created(URI.create("/api/vehicles/" + v.id())).entity(VehicleView.of(v)).build();
        }

        /**
         * The cars free for [start, end) (members), optionally of one energy and at least {@code seats} seats, each at the
         * window's quote for {@code km} (default 40).
         */
        @GET
        @Path("free")
        public SearchView free(@QueryParam("start") String start, @QueryParam("end") String end, @QueryParam("km") Integer km,
                               @QueryParam("energy") String energy, @QueryParam("seats") Integer seats, @Context SecurityContext sc) {
            Actor actor = Actors.of(sc);
            actor.require(org.coopkit.core.actors.Role.MEMBER);
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            Instant from = parseInstant(start, "start", errors);
            Instant to = parseInstant(end, "end", errors);
            Optional<Energy> kind = Optional.empty();
            if (energy != null && !energy.isBlank()) {
                try {
                    kind = Optional.of(Energy.valueOf(energy.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("energy", "must be one of " + java.util.Arrays.toString(Energy.values()));
                }
            }
            if (!errors.isEmpty()) throw new InvalidInput(errors);
            return SearchView.of(app.bookings().search(actor, from, to, km == null ? 40 : km, kind, seats == null ? 1 : seats));
        }

        @GET
        @Path("{id}")
        public VehicleView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return VehicleView.of(app.vehicles().get(Actors.of(sc), new VehicleId(id)));
        }

        @POST
        @Path("{id}/withdrawal")
        public VehicleView withdraw(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return VehicleView.of(app.vehicles().withdraw(Actors.of(sc), new VehicleId(id)));
        }

        @GET
        @Path("{id}/calendar")
        public List<SlotView> calendar(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return app.bookings().calendar(Actors.of(sc), new VehicleId(id)).stream().map(SlotView::of).toList();
        }
    }

    @Path("/api/tariffs")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Tariffs {
        private final CarshareModule app;

        Tariffs(CarshareModule app) {
            this.app = app;
        }

        /** The tariff in force: public, the same for everyone. */
        @GET
        @Path("current")
        public TariffView current() {
            return TariffView.of(app.tariffs().current());
        }

        @GET
        public List<TariffView> history() {
            return app.tariffs().history().stream().map(TariffView::of).toList();
        }

        @GET
        @Path("{version}")
        public TariffView version(@PathParam("version") int version) {
            return TariffView.of(app.tariffs().version(version));
        }
    }

    @Path("/api/quotes")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Quotes {
        private final CarshareModule app;

        Quotes(CarshareModule app) {
            this.app = app;
        }

        public record QuoteBody(@NotNull Instant start, @NotNull Instant end, @Min(0) @Max(5000) int km) {
        }

        /** A quote is public: who asks is not an input of the price. */
        @POST
        public Response quote(@Valid QuoteBody body) {
            BadRequest.requireBody(body);
            var q = app.tariffs().quote(body.start(), body.end(), body.km());
            return Response.created(URI.create("/api/quotes/" + q.id())).entity(QuoteView.of(q)).build();
        }

        @GET
        @Path("{id}")
        public QuoteView get(@PathParam("id") UUID id) {
            return QuoteView.of(app.tariffs().findQuote(id));
        }
    }

    @Path("/api/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Bookings {
        private final CarshareModule app;

        Bookings(CarshareModule app) {
            this.app = app;
        }

        public record BookingBody(@NotNull UUID vehicleId, @NotNull Instant start, @NotNull Instant end, @Min(0) @Max(5000) int estimatedKm) {
        }

        public record TripBody(@Min(0) @Max(5000) int km) {
        }

        /**
         * Books a car. With an {@code Idempotency-Key} header, a retry with the same key and body is
         * answered with the booking the first request made (and books nothing more); the same key with
         * another body is a 422.
         */
        @POST
        public Response book(@Valid BookingBody body, @HeaderParam(RequestId.HEADER) String requestId, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            Actor actor = Actors.of(sc);
            actor.require(Role.MEMBER); // who may book first: anonymous is 401 whatever the header
            Optional<RequestId> rid = RequestId.fromHeader(requestId);
            BookingService.Booked b = app.bookings().book(actor, new VehicleId(body.vehicleId()), body.start(), body.end(), body.estimatedKm(), rid);
            return Response.created(URI.create("/api/bookings/" + b.booking().id()))
                    .entity(new BookedView(BookingView.of(b.booking(), app.clock().instant()), QuoteView.of(b.quote()))).build();
        }

        /** The caller's bookings; the board may pass {@code member}. */
        @GET
        public List<BookingView> mine(@QueryParam("member") String member, @Context SecurityContext sc) {
            Actor actor = Actors.of(sc);
            MemberId who = member == null ? actor.requireMemberId() : parseMember(member);
            var now = app.clock().instant();
            return app.bookings().ofDriver(actor, who).stream().map(b -> BookingView.of(b, now)).toList();
        }

        @GET
        @Path("{id}")
        public BookingView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return BookingView.of(app.bookings().get(Actors.of(sc), new BookingId(id)), app.clock().instant());
        }

        /** The cancellation terms that apply now: free until N hours before the start (a term of the tariff the booking was quoted under). */
        @GET
        @Path("{id}/cancellation")
        public CancellationTermsView cancellationTerms(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return CancellationTermsView.of(app.bookings().cancellationTerms(Actors.of(sc), new BookingId(id)));
        }

        @POST
        @Path("{id}/cancellation")
        public BookingView cancel(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return BookingView.of(app.bookings().cancel(Actors.of(sc), new BookingId(id)), app.clock().instant());
        }

        @POST
        @Path("{id}/trip")
        public Response endTrip(@PathParam("id") UUID id, @Valid TripBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            var trip = app.trips().endTrip(Actors.of(sc), new BookingId(id), body.km());
            return Response.status(201).entity(TripView.of(trip)).build();
        }
    }

    @Path("/api/trips")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Trips {
        private final CarshareModule app;

        Trips(CarshareModule app) {
            this.app = app;
        }

        /** Trips the member drove ({@code TripView}) or of their cars ({@code OwnerTripView}: dates only, per the data policy). */
        @GET
        public List<Object> mine(@QueryParam("member") String member, @Context SecurityContext sc) {
            Actor actor = Actors.of(sc);
            MemberId who = member == null ? actor.requireMemberId() : parseMember(member);
            return app.trips().ofMember(actor, who).stream().map(Views::tripView).toList();
        }

        @GET
        @Path("{bookingId}")
        public Object get(@PathParam("bookingId") UUID id, @Context SecurityContext sc) {
            return Views.tripView(app.trips().get(Actors.of(sc), new BookingId(id)));
        }

        /** The trip's receipt (its driver, the board, the treasurer): the price and why, the tariff version and hash, the split, the co-op. */
        @GET
        @Path("{bookingId}/receipt")
        public Views.ReceiptView receipt(@PathParam("bookingId") UUID id, @Context SecurityContext sc) {
            return Views.ReceiptView.of(app.trips().receipt(Actors.of(sc), new BookingId(id)), org.coopkit.carshare.CarshareApp.identity());
        }
    }

    @Path("/api/work")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Work {
        private final CarshareModule app;

        Work(CarshareModule app) {
            this.app = app;
        }

        public record WorkBody(@NotNull WorkLog.Kind kind, @Min(1) @Max(720) int minutes, @NotNull LocalDate on, UUID vehicleId,
                               @Size(max = 200) String note) {
        }

        @POST
        public Response log(@Valid WorkBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            WorkLog w = app.trips().logWork(Actors.of(sc), body.kind(), body.minutes(), body.on(),
                    body.vehicleId() == null ? null : body.vehicleId().toString(), body.note());
            return Response.status(201).entity(WorkView.of(w)).build();
        }

        public record RejectionBody(@NotBlank @Size(max = 200) String reason) {
        }

        @GET
        public List<WorkView> mine(@Context SecurityContext sc) {
            Actor actor = Actors.of(sc);
            return app.trips().workOf(actor, actor.requireMemberId()).stream().map(WorkView::of).toList();
        }

        /** Work waiting for approval (the board). */
        @GET
        @Path("pending")
        public List<WorkView> pending(@Context SecurityContext sc) {
            return app.trips().pendingWork(Actors.of(sc)).stream().map(WorkView::of).toList();
        }

        /** A board member who is not the worker approves the work: it now counts as patronage. */
        @POST
        @Path("{id}/approval")
        public WorkView approve(@PathParam("id") UUID id, @Context SecurityContext sc) {
            return WorkView.of(app.trips().approveWork(Actors.of(sc), id));
        }

        /** A board member who is not the worker rejects the work, with a reason. */
        @POST
        @Path("{id}/rejection")
        public WorkView reject(@PathParam("id") UUID id, @Valid RejectionBody body, @Context SecurityContext sc) {
            BadRequest.requireBody(body);
            return WorkView.of(app.trips().rejectWork(Actors.of(sc), id, body.reason()));
        }
    }

    @Path("/api/environment")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Environment {
        private final CarshareModule app;

        Environment(CarshareModule app) {
            this.app = app;
        }

        /** The co-op's footprint for a year: public, with the assumption it rests on. */
        @GET
        public FootprintView year(@QueryParam("year") Integer year) {
            if (year == null || year < 2000 || year > 2100) throw new InvalidInput("year", "must be a year like 2025");
            return FootprintView.of(app.trips().yearFootprint(year));
        }
    }

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

    static MemberId parseMember(String s) {
        try {
            return MemberId.of(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("member", "must be a member id");
        }
    }
}
