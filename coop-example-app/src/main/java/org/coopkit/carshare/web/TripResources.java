package org.coopkit.carshare.web;

import static org.coopkit.carshare.web.CarshareResources.parseInstant;
import static org.coopkit.carshare.web.CarshareResources.parseMember;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.carshare.bookings.BookingId;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.carshare.web.Views.FootprintView;
import org.coopkit.carshare.web.Views.TripView;
import org.coopkit.carshare.web.Views.WorkView;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** The trip, member-work and footprint REST resources. Each method parses, calls one service method and maps the result. */
public final class TripResources {
    private TripResources() {
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
}
