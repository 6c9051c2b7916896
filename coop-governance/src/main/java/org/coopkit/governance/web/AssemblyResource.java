package org.coopkit.governance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Role;
import org.coopkit.core.decisions.Decision;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.assemblies.AssemblyResult;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.web.Views.BallotView;

/** General assemblies over HTTP: the board convenes, sets the agenda and closes on a call. */
@Path("/api/assemblies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AssemblyResource {
    private final GovernanceModule gov;

    public AssemblyResource(GovernanceModule gov) {
        this.gov = gov;
    }

    /** Request body: convene a general assembly. */
    public record ConveneBody(@NotNull AssemblyKind kind, @NotBlank @Size(max = 200) String title, @NotNull LocalDate convenedOn,
                              @NotNull Instant firstCallAt, @NotNull Instant secondCallAt) {
    }

    /** Request body: put a resolution on an assembly's agenda. */
    public record ResolutionBody(@NotBlank @Size(max = 500) String question, @NotNull Instant opensAt, @NotNull Instant closesAt,
                                 @Valid BallotResource.DecisionBody decision) {
    }

    /** Request body: close an assembly on its first or second call. */
    public record CloseBody(@NotNull Assembly.Call call) {
    }

    /** Response body: an assembly and the ballots of its agenda. */
    public record AssemblyView(Assembly assembly, List<BallotView> agenda) {
    }

    @POST
    public Response convene(@Valid ConveneBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        Assembly a = gov.assemblies().convene(Actors.of(sc), body.kind(), body.title(), body.convenedOn(), body.firstCallAt(), body.secondCallAt());
        return Response.status(201).entity(new AssemblyView(a, List.of())).build();
    }

    @GET
    public List<Assembly> all(@Context SecurityContext sc) {
        Actors.of(sc).require(Role.MEMBER, Role.BOARD);
        return gov.assemblies().all();
    }

    @GET
    @Path("{id}")
    public AssemblyView get(@PathParam("id") String id, @Context SecurityContext sc) {
        Actors.of(sc).require(Role.MEMBER, Role.BOARD);
        return new AssemblyView(gov.assemblies().get(id), gov.assemblies().agenda(id).stream().map(BallotView::of).toList());
    }

    @POST
    @Path("{id}/resolutions")
    public Response resolution(@PathParam("id") String id, @Valid ResolutionBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        BallotSpec spec = BallotSpec.resolution(body.question(), body.opensAt(), body.closesAt());
        if (body.decision() != null) spec = spec.with(new Decision(body.decision().kind(), body.decision().payload()));
        return Response.status(201).entity(BallotView.of(gov.assemblies().addResolution(Actors.of(sc), id, spec))).build();
    }

    @POST
    @Path("{id}/closing")
    public AssemblyResult close(@PathParam("id") String id, @Valid CloseBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return gov.assemblies().close(Actors.of(sc), id, body.call());
    }

}
