package org.coopkit.governance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.core.actors.Role;
import org.coopkit.core.requests.RequestId;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.BallotId;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.Receipt;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.governance.ballots.Turnout;
import org.coopkit.governance.ballots.VoterStatus;
import org.coopkit.governance.ballots.VotingService;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;
import org.coopkit.governance.web.Views.BallotView;
import org.coopkit.governance.web.Views.BoardView;
import org.coopkit.governance.web.Views.ResultView;

/** Ballots over HTTP. Thin: parse, call one service method, map. */
@Path("/api/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BallotResource {
    private final GovernanceModule gov;
    private final VotingService voting;

    /**
     * Wiring for the application: the resource over the module's voting service.
     * @param gov the governance module
     */
    public BallotResource(GovernanceModule gov) {
        this.gov = gov;
        this.voting = gov.voting();
    }

    /** Request body: create a ballot. */
    public record CreateBody(@NotBlank @Size(max = 500) String question, List<String> options, @NotNull Method method, Integer seats,
                             Secrecy secrecy, Boolean revoting, @NotNull Instant opensAt, @NotNull Instant closesAt, String category,
                             String majority, Object decision) {
        BallotSpec toSpec() {
            if (decision != null) {
                throw new InvalidInput("decision", "a decision is put to the vote through its typed proposal endpoint (e.g. /api/proposals/tariff), never as a raw kind and payload");
            }
            List<String> opts = method == Method.YES_NO_ABSTAIN && (options == null || options.isEmpty()) ? BallotSpec.YES_NO
                    : options == null ? List.of() : options;
            MajorityRule rule = switch (majority == null ? "simple" : majority) {
                case "simple" -> MajorityRule.simple();
                case "two-thirds" -> MajorityRule.twoThirds();
                default -> throw new InvalidInput("majority", "must be simple or two-thirds");
            };
            return new BallotSpec(question, opts, method, seats == null ? 1 : seats, rule, secrecy == null ? Secrecy.SECRET : secrecy,
                    Boolean.TRUE.equals(revoting), opensAt, closesAt, Optional.ofNullable(category),
                    Optional.empty(), Optional.empty());
        }
    }

    /** Request body: a vote, possibly on behalf of a proxy's grantor or replacing an earlier vote. */
    public record VoteBody(@NotEmpty List<String> choice, UUID onBehalfOf, String previousReceipt) {
    }

    /** Response body: the voter's receipt (tracking code only; no member id). */
    public record ReceiptView(String ballot, String trackingCode, String note) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.ballot().toString(), r.trackingCode(),
                    "Keep this code: after the ballot closes, find it on the public board to check your vote was counted as cast.");
        }
    }

    /**
     * {@code GET /api/ballots}: every ballot, drafts included; a MEMBER or the BOARD (else 401/403).
     * @param sc the caller's security context
     * @return the ballots as views
     */
    @GET
    public List<BallotView> all(@Context SecurityContext sc) {
        return voting.all(Actors.of(sc)).stream().map(BallotView::of).toList();
    }

    /**
     * {@code POST /api/ballots}: the BOARD creates a draft ballot (201 with its location).
     * @param body the ballot to create; a raw {@code decision} is refused ({@code InvalidInput}, 422)
     * @param sc the caller's security context
     * @return 201 Created with the ballot's view
     */
    @POST
    public Response create(@Valid CreateBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        var b = voting.create(Actors.of(sc), body.toSpec());
        return Response.created(URI.create("/api/ballots/" + b.id())).entity(BallotView.of(b)).build();
    }

    /**
     * {@code GET /api/ballots/{id}}: one ballot, for a MEMBER or the BOARD (404 if unknown).
     * @param id the ballot's id
     * @param sc the caller's security context
     * @return the ballot's view
     */
    @GET
    @Path("{id}")
    public BallotView get(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return BallotView.of(voting.get(Actors.of(sc), new BallotId(id)));
    }

    /**
     * {@code POST /api/ballots/{id}/opening}: the BOARD opens a draft and freezes its roll (409 if not a draft).
     * @param id the ballot's id
     * @param sc the caller's security context
     * @return the opened ballot's view
     */
    @POST
    @Path("{id}/opening")
    public BallotView open(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return BallotView.of(voting.open(Actors.of(sc), new BallotId(id)));
    }

    /** Before the announced close: {@code reason} and {@code confirm: true} are required (statutes permitting). */
    public record CloseBody(String reason, Boolean confirm) {
    }

    /**
     * {@code POST /api/ballots/{id}/closing}: the BOARD closes the ballot, at or (with a body) before its announced close.
     * @param id the ballot's id
     * @param body empty at the announced close; {@code reason} and {@code confirm} to close early
     * @param sc the caller's security context
     * @return the result
     */
    @POST
    @Path("{id}/closing")
    public ResultView close(@PathParam("id") UUID id, CloseBody body, @Context SecurityContext sc) {
        if (body == null || (body.reason() == null && body.confirm() == null)) return ResultView.of(voting.close(Actors.of(sc), new BallotId(id)));
        return ResultView.of(voting.closeEarly(Actors.of(sc), new BallotId(id), body.reason(), Boolean.TRUE.equals(body.confirm())));
    }

    /**
     * Casts a vote. With an {@code Idempotency-Key} header, a retry with the same key and body is
     * answered with the first request's receipt (and votes nothing more); the same key with another
     * body is a 422.
     *
     * @param id the ballot's id
     * @param body the choice, and optionally the grantor and the previous tracking code
     * @param requestId the {@code Idempotency-Key} header, or null
     * @param sc the caller's security context: a MEMBER (anonymous is 401)
     * @return 201 Created with the receipt
     */
    @POST
    @Path("{id}/votes")
    public Response vote(@PathParam("id") UUID id, @Valid VoteBody body, @HeaderParam(RequestId.HEADER) String requestId,
                         @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        Actors.of(sc).require(Role.MEMBER); // who may vote first: anonymous is 401 whatever the header
        Optional<RequestId> rid = RequestId.fromHeader(requestId);
        Receipt r = voting.castVote(Actors.of(sc), new BallotId(id), body.choice(),
                Optional.ofNullable(body.onBehalfOf()).map(MemberId::new), Optional.ofNullable(body.previousReceipt()), rid);
        return Response.status(201).entity(ReceiptView.of(r)).build();
    }

    /**
     * {@code GET /api/ballots/{id}/me}: whether the caller is on the roll and has voted.
     * @param id the ballot's id
     * @param sc the caller's security context (a member)
     * @return the caller's status
     */
    @GET
    @Path("{id}/me")
    public VoterStatus me(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return voting.statusOf(Actors.of(sc), new BallotId(id));
    }

    /**
     * The result: public once the ballot is closed, hidden from everyone (409) before.
     *
     * @param id the ballot's id
     * @return the result
     */
    @GET
    @Path("{id}/results")
    public ResultView results(@PathParam("id") UUID id) {
        return ResultView.of(voting.results(new BallotId(id)));
    }

    /**
     * The public ballot board after close: every tracking code and choice, hash-chained.
     *
     * @param id the ballot's id
     * @return the board, with whether its chain is intact
     */
    @GET
    @Path("{id}/board")
    public BoardView board(@PathParam("id") UUID id) {
        BallotId b = new BallotId(id);
        return new BoardView(b.toString(), voting.verifyBoard(b).intact(), voting.board(b));
    }

    /**
     * What became of an adopted resolution's decision (404 when none is due: rejected, open, or no decision).
     *
     * @param id the ballot's id
     * @param sc the caller's security context: a MEMBER or the BOARD
     * @return the decision's outcome
     */
    @GET
    @Path("{id}/decision")
    public Views.DecisionView decision(@PathParam("id") UUID id, @Context SecurityContext sc) {
        Actors.of(sc).require(Role.MEMBER, Role.BOARD);
        return voting.decision(new BallotId(id)).map(Views.DecisionView::of).orElseThrow(() -> new org.coopkit.core.errors.NotFound("decision of ballot", id.toString()));
    }

    /**
     * The board applies a failed decision again.
     *
     * @param id the ballot's id
     * @param sc the caller's security context: the BOARD
     * @return the outcome of this attempt (409 if not retryable)
     */
    @POST
    @Path("{id}/decision/retry")
    public Views.DecisionView retryDecision(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return Views.DecisionView.of(voting.retryDecision(Actors.of(sc), new BallotId(id)));
    }

    /**
     * {@code GET /api/ballots/{id}/turnout}: for the BOARD, how many of the roll have voted (no result).
     * @param id the ballot's id
     * @param sc the caller's security context
     * @return the turnout
     */
    @GET
    @Path("{id}/turnout")
    public Turnout turnout(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return voting.turnout(Actors.of(sc), new BallotId(id));
    }
}
