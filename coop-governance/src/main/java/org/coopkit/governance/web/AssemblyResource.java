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
import java.util.UUID;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyId;
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

    /**
     * Wiring for the application: the resource over the module's assembly service.
     * @param gov the governance module
     */
    public AssemblyResource(GovernanceModule gov) {
        this.gov = gov;
    }

    /** Request body: convene a general assembly. */
    public record ConveneBody(@NotNull AssemblyKind kind, @NotBlank @Size(max = 200) String title, @NotNull LocalDate convenedOn,
                              @NotNull Instant firstCallAt, Instant secondCallAt) {
    }

    /** Request body: put a resolution on an assembly's agenda. */
    public record ResolutionBody(@NotBlank @Size(max = 500) String question, @NotNull Instant opensAt, @NotNull Instant closesAt,
                                 Object decision) {
    }

    /** Request body: close an assembly on its first or second call. */
    public record CloseBody(@NotNull Assembly.Call call) {
    }

    /** An assembly as JSON (no {@code Optional}: Jackson would fail on it after the assembly was stored). */
    public record AssemblyJson(String id, AssemblyKind kind, String title, LocalDate convenedOn, Instant firstCallAt, Instant secondCallAt,
                               String status, String callUsed) {
        static AssemblyJson of(Assembly a) {
            return new AssemblyJson(a.id().toString(), a.kind(), a.title(), a.convenedOn(), a.firstCallAt(), a.secondCallAt().orElse(null), a.status().name(), a.callUsed().orElse(null));
        }
    }

    /** Response body: one resolution's result. */
    public record ResolutionResult(String ballot, String question, boolean adopted, Views.ResultView result) {
    }

    /** Response body: the outcome of an assembly's call. */
    public record AssemblyResultView(String assembly, AssemblyKind kind, Assembly.Call call, long participants, int roll, String quorumRequired,
                                     boolean quorumMet, boolean adjourned, String outcome, List<ResolutionResult> resolutions) {
        static AssemblyResultView of(AssemblyResult r) {
            return new AssemblyResultView(r.assembly().toString(), r.kind(), r.call(), r.participants(), r.roll(), r.quorumRequired(), r.quorumMet(),
                    r.adjourned(), r.outcome(),
                    r.resolutions().stream().map(x -> new ResolutionResult(x.ballot(), x.question(), x.adopted(), Views.ResultView.of(x.result()))).toList());
        }
    }

    /** Response body: an assembly and the ballots of its agenda. */
    public record AssemblyView(AssemblyJson assembly, List<BallotView> agenda) {
    }

    /**
     * {@code POST /api/assemblies}: the BOARD convenes a general assembly (201; invalid fields are 422).
     * @param body the kind, title, day and calls
     * @param sc the caller's security context
     * @return 201 Created with the assembly and its empty agenda
     */
    @POST
    public Response convene(@Valid ConveneBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        Assembly a = gov.assemblies().convene(Actors.of(sc), body.kind(), body.title(), body.convenedOn(), body.firstCallAt(), body.secondCallAt());
        return Response.status(201).entity(new AssemblyView(AssemblyJson.of(a), List.of())).build();
    }

    /**
     * {@code GET /api/assemblies}: every assembly, for a MEMBER or the BOARD.
     * @param sc the caller's security context
     * @return the assemblies
     */
    @GET
    public List<AssemblyJson> all(@Context SecurityContext sc) {
        return gov.assemblies().all(Actors.of(sc)).stream().map(AssemblyJson::of).toList();
    }

    /** Response body: the minutes of a closed assembly (calls held with attendance and quorum; each resolution's result). */
    public record MinutesView(AssemblyJson assembly, List<org.coopkit.governance.assemblies.Minutes.CallRecord> calls,
                              List<org.coopkit.governance.assemblies.Minutes.ResolutionRecord> resolutions) {
    }

    /**
     * The minutes, for members and the board, once the assembly is closed (409 before).
     *
     * @param id the assembly's id
     * @param sc the caller's security context: a MEMBER or the BOARD
     * @return the minutes
     */
    @GET
    @Path("{id}/minutes")
    public MinutesView minutes(@PathParam("id") UUID id, @Context SecurityContext sc) {
        var m = gov.assemblies().minutes(Actors.of(sc), new AssemblyId(id));
        return new MinutesView(AssemblyJson.of(m.assembly()), m.calls(), m.resolutions());
    }

    /**
     * {@code GET /api/assemblies/{id}}: one assembly and its agenda, for a MEMBER or the BOARD (404 if unknown).
     * @param id the assembly's id
     * @param sc the caller's security context
     * @return the assembly and its resolutions
     */
    @GET
    @Path("{id}")
    public AssemblyView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return new AssemblyView(AssemblyJson.of(gov.assemblies().get(actor, new AssemblyId(id))), gov.assemblies().agenda(actor, new AssemblyId(id)).stream().map(BallotView::of).toList());
    }

    /**
     * {@code POST /api/assemblies/{id}/resolutions}: the BOARD puts a yes/no resolution on a convened assembly's agenda (201).
     * @param id the assembly's id
     * @param body the question and voting window
     * @param sc the caller's security context
     * @return 201 Created with the resolution's ballot
     */
    @POST
    @Path("{id}/resolutions")
    public Response resolution(@PathParam("id") UUID id, @Valid ResolutionBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        BallotSpec spec = BallotSpec.resolution(body.question(), body.opensAt(), body.closesAt());
        if (body.decision() != null) {
            throw new org.coopkit.core.errors.InvalidInput("decision", "a decision is put on the agenda through its typed proposal, never as a raw kind and payload");
        }
        return Response.status(201).entity(BallotView.of(gov.assemblies().addResolution(Actors.of(sc), new AssemblyId(id), spec))).build();
    }

    /**
     * {@code POST /api/assemblies/{id}/closing}: the BOARD closes the assembly on a call, checking quorum.
     * @param id the assembly's id
     * @param body the call used
     * @param sc the caller's security context
     * @return the outcome of the call and each resolution's result
     */
    @POST
    @Path("{id}/closing")
    public AssemblyResultView close(@PathParam("id") UUID id, @Valid CloseBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return AssemblyResultView.of(gov.assemblies().close(Actors.of(sc), new AssemblyId(id), body.call()));
    }

}
