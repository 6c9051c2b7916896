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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.carshare.vehicles.Energy;
import org.coopkit.carshare.vehicles.VehicleId;
import org.coopkit.carshare.vehicles.VehicleService;
import org.coopkit.carshare.web.Views.SearchView;
import org.coopkit.carshare.web.Views.SlotView;
import org.coopkit.carshare.web.Views.VehicleView;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;

/** The car REST resources: listing, finding a free car, withdrawing, the calendar. Each method parses, calls one service method and maps the result. */
public final class VehicleResources {
    private VehicleResources() {
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
}
