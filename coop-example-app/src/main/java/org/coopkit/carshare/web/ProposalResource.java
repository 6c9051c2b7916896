package org.coopkit.carshare.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import org.coopkit.carshare.Proposals;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.web.Views.BallotView;

/** The board puts a tariff change, a surplus allocation or the approval of a year's accounts to the members' vote. */
@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProposalResource {
    private final Proposals proposals;

    public ProposalResource(Proposals proposals) {
        this.proposals = proposals;
    }

    public record TariffBody(@NotBlank String perHour, @NotBlank String perKm, @NotBlank String minimum,
                             @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ownerSharePercent, @NotNull Instant opensAt,
                             @NotNull Instant closesAt, @Min(0) @Max(168) Integer freeCancellationHours) {
    }

    public record AllocationBody(@Min(2000) @Max(2100) int year, @NotNull Instant opensAt, @NotNull Instant closesAt) {
    }

    @POST
    @Path("tariff")
    public Response tariff(@Valid TariffBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        var b = proposals.proposeTariff(Actors.of(sc), new TariffProposal(body.perHour(), body.perKm(), body.minimum(),
                body.ownerSharePercent(), null, body.freeCancellationHours()), body.opensAt(), body.closesAt());
        return Response.status(201).entity(BallotView.of(b)).build();
    }

    public record AccountsBody(@Min(1900) @Max(2100) int year, @NotNull Instant opensAt, @NotNull Instant closesAt) {
    }

    @POST
    @Path("accounts-approval")
    public Response accounts(@Valid AccountsBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        var b = proposals.proposeAccountsApproval(Actors.of(sc), body.year(), body.opensAt(), body.closesAt());
        return Response.status(201).entity(BallotView.of(b)).build();
    }

    @POST
    @Path("surplus-allocation")
    public Response allocation(@Valid AllocationBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        var b = proposals.proposeAllocation(Actors.of(sc), body.year(), body.opensAt(), body.closesAt());
        return Response.status(201).entity(BallotView.of(b)).build();
    }
}
