package org.coopkit.ledger.web.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.money.Money;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.MoneyView;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.allocation.AllocationService;
import org.coopkit.ledger.allocation.DraftResolution;
import org.coopkit.ledger.allocation.MemberLine;
import org.coopkit.ledger.allocation.MemberStatement;
import org.coopkit.ledger.allocation.RedistributionFormats;
import org.coopkit.ledger.allocation.RedistributionHtml;
import org.coopkit.ledger.allocation.RefundChoice;
import org.coopkit.ledger.fiscal.ClosingResult;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearService;

/** Fiscal years over HTTP: list, year-end closing, redistribution report, draft resolution, member statements, refund choices. */
@Path("/api/ledger/fiscal-years")
public final class FiscalYearResource {
    private final AllocationService allocations;
    private final FiscalYearService years;

    public FiscalYearResource(LedgerModule ledger) {
        this.allocations = ledger.allocations();
        this.years = ledger.fiscalYears();
    }

    public record YearView(String code, LocalDate start, LocalDate end, String status, int closings) {
        static YearView of(FiscalYear y) {
            return new YearView(y.id().value(), y.start(), y.end(), y.status().name(), y.closings());
        }
    }

    public record ClosingView(YearView year, Long entryNumber, Map<String, MoneyView> results) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<YearView> years(@Context SecurityContext sc) {
        Actors.of(sc).require(Role.MEMBER, Role.BOARD, Role.TREASURER);
        return years.all().stream().map(YearView::of).toList();
    }

    @POST
    @Path("{year}/closing")
    @Produces(MediaType.APPLICATION_JSON)
    public ClosingView close(@PathParam("year") String year, @Context SecurityContext sc) {
        ClosingResult r = years.close(Actors.of(sc), Params.year(year));
        Map<String, MoneyView> results = new TreeMap<>();
        r.results().forEach((c, m) -> results.put(c, MoneyView.of(m)));
        return new ClosingView(YearView.of(r.year()), r.entry().map(e -> e.number()).orElse(null), results);
    }

    public record StatementView(String member, String name, long membershipNumber, String fiscalYear, Map<String, String> patronageVolumes,
                                MoneyView paidUpCapital, MoneyView refund, MoneyView capitalInterest, MoneyView workersShare,
                                MoneyView total, String refundChoice, boolean posted) {
        static StatementView of(MemberStatement s) {
            Map<String, String> volumes = new TreeMap<>();
            s.patronage().byKind().forEach((k, t) -> volumes.put(k.code(), t.volume().stripTrailingZeros().toPlainString()));
            return new StatementView(s.member().toString(), s.name(), s.membershipNumber(), s.fiscalYear(), volumes,
                    MoneyView.of(s.paidUpCapital()), MoneyView.of(s.refund()), MoneyView.of(s.capitalInterest()),
                    MoneyView.of(s.line().map(MemberLine::workersShare).orElse(Money.zero(s.paidUpCapital().currency()))), MoneyView.of(s.total()),
                    s.refundChoice().name(), s.posted());
        }
    }

    public record ChoiceBody(String choice) {
    }

    @GET
    @Path("{year}/redistribution")
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@PathParam("year") String year, @Context SecurityContext sc) {
        return RedistributionFormats.json(allocations.report(Actors.of(sc), Params.year(year)));
    }

    @GET
    @Path("{year}/redistribution")
    @Produces("text/csv;charset=utf-8")
    public String csv(@PathParam("year") String year, @Context SecurityContext sc) {
        return RedistributionFormats.csv(allocations.report(Actors.of(sc), Params.year(year)));
    }

    @GET
    @Path("{year}/redistribution")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String html(@PathParam("year") String year, @Context SecurityContext sc) {
        return RedistributionHtml.page(allocations.report(Actors.of(sc), Params.year(year)));
    }

    @GET
    @Path("{year}/resolution")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String resolution(@PathParam("year") String year, @Context SecurityContext sc) {
        return DraftResolution.text(allocations.report(Actors.of(sc), Params.year(year)));
    }

    @GET
    @Path("{year}/statements/me")
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView mine(@PathParam("year") String year, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        return StatementView.of(allocations.statement(actor, actor.requireMemberId(), Params.year(year)));
    }

    @GET
    @Path("{year}/statements/{member}")
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView statement(@PathParam("year") String year, @PathParam("member") String member, @Context SecurityContext sc) {
        return StatementView.of(allocations.statement(Actors.of(sc), Params.member(member), Params.year(year)));
    }

    @PUT
    @Path("{year}/refund-choices/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StatementView choose(@PathParam("year") String year, ChoiceBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        MemberId me = actor.requireMemberId();
        if (body == null || body.choice() == null) throw new InvalidInput("choice", "must be PAYABLE or SHARES");
        RefundChoice choice;
        try {
            choice = RefundChoice.valueOf(body.choice());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("choice", "must be PAYABLE or SHARES");
        }
        allocations.chooseRefund(actor, me, Params.year(year), choice);
        return StatementView.of(allocations.statement(actor, me, Params.year(year)));
    }
}
