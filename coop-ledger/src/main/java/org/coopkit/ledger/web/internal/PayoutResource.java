package org.coopkit.ledger.web.internal;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.payouts.Pain001;
import org.coopkit.ledger.payouts.PayoutRefused;
import org.coopkit.ledger.payouts.PayoutRun;
import org.coopkit.ledger.payouts.PayoutService;

/** Payout runs over HTTP (treasurer): what is due, run a payout, the run and its SEPA pain.001 file; a member's own payouts. */
@Path("/api/ledger/payouts")
public final class PayoutResource {
    private final LedgerModule ledger;
    private final PayoutService payouts;

    public PayoutResource(LedgerModule ledger) {
        this.ledger = ledger;
        this.payouts = ledger.payouts();
    }

    public record RunBody(String key, String member, String executionDate) {
    }

    public record LineView(int number, String member, String name, String account, String accountName, MoneyView amount, String iban, String status) {
        static LineView of(PayoutRun.Line l) {
            return new LineView(l.number(), l.member().toString(), l.name(), l.account(), l.accountName(), MoneyView.of(l.amount()),
                    l.iban().orElse(null), l.status().name());
        }
    }

    public record RunView(String key, LocalDate executionDate, Long entryId, MoneyView totalPaid, int paid, int notPayable, List<LineView> lines) {
    }

    @GET
    @Path("due")
    @Produces(MediaType.APPLICATION_JSON)
    public List<LineView> due(@Context SecurityContext sc) {
        return payouts.due(Actors.of(sc), Optional.empty()).stream().map(LineView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(RunBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER);
        if (body == null) throw new org.coopkit.core.errors.InvalidInput("key", "is required: name the run, e.g. 2026-06-payouts");
        Optional<org.coopkit.core.members.MemberId> only = body.member() == null || body.member().isBlank()
                ? Optional.empty() : Optional.of(Params.member(body.member()));
        LocalDate exec = Params.date("executionDate", body.executionDate(), null);
        PayoutRun run = payouts.run(actor, body.key(), only, exec);
        return Response.ok(view(run)).build();
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public RunView get(@PathParam("key") String key, @Context SecurityContext sc) {
        return view(payouts.find(Actors.of(sc), key).orElseThrow(() -> new NotFound("payout run", key)));
    }

    @GET
    @Path("{key}/pain.001")
    @Produces(MediaType.APPLICATION_XML + ";charset=utf-8")
    public Response pain(@PathParam("key") String key, @Context SecurityContext sc) {
        PayoutRun run = payouts.find(Actors.of(sc), key).orElseThrow(() -> new NotFound("payout run", key));
        var bank = ledger.settings().bankAccount()
                .orElseThrow(() -> new PayoutRefused("no-bank-account", "the co-op's bank account is not configured (LedgerSettings.bankAccount)"));
        return Response.ok(Pain001.xml(run, bank)).header("Content-Disposition", "attachment; filename=\"pain.001-" + key + ".xml\"").build();
    }

    public record MinePayout(String run, LocalDate executionDate, String account, MoneyView amount, String status) {
    }

    @GET
    @Path("me")
    @Produces(MediaType.APPLICATION_JSON)
    public List<MinePayout> mine(@Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return payouts.payoutsOf(actor, actor.requireMemberId()).stream()
                .map(p -> new MinePayout(p.run(), p.executionDate(), p.account(), MoneyView.of(p.amount()), p.status().name())).toList();
    }

    private RunView view(PayoutRun r) {
        var cur = ledger.core().statutes().currency();
        return new RunView(r.key(), r.executionDate(), r.entry().map(e -> e.value()).orElse(null), MoneyView.of(r.totalPaid(cur)),
                r.paid().size(), r.notPayable().size(), r.lines().stream().map(LineView::of).toList());
    }
}
