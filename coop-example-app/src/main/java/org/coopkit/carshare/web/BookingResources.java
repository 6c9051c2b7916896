package org.coopkit.carshare.web;

import static org.coopkit.carshare.web.CarshareResources.parseInstant;
import static org.coopkit.carshare.web.CarshareResources.parseMember;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.tariffs.Distance;
import org.coopkit.carshare.bookings.BookingService;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.web.Views.BookedView;
import org.coopkit.carshare.web.Views.BookingView;
import org.coopkit.carshare.web.Views.CancellationTermsView;
import org.coopkit.carshare.web.Views.QuoteView;
import org.coopkit.carshare.web.Views.TripView;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** The booking REST resources: booking, cancelling, ending with a trip. Each method parses, calls one service method and maps the result. */
public final class BookingResources {
    private BookingResources() {
    }

    @Path("/api/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Bookings {
        private final CarshareModule app;

        Bookings(CarshareModule app) {
            this.app = app;
        }

        public record BookingBody(@NotNull UUID vehicleId, @NotNull Instant start, @NotNull Instant end, @Min(0) @Max(Distance.MAX_KM) int estimatedKm) {
        }

        public record TripBody(@Min(0) @Max(Distance.MAX_KM) int km) {
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
}
