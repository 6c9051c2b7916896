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
import org.coopkit.ledger.allocation.RefundChoice;
import org.coopkit.ledger.fiscal.ClosingPreview;
import org.coopkit.ledger.fiscal.ClosingResult;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearService;

/** Fiscal years over HTTP: list, year-end closing (preview, confirm), reopening, lock, redistribution report, draft resolution, member statements, refund choices. */
@Path("/api/ledger/fiscal-years")
public final class FiscalYearResource {
    private final AllocationService allocations;
    private final FiscalYearService years;
    private final org.coopkit.ledger.reports.AnnualAccountsService annual;

    public FiscalYearResource(LedgerModule ledger) {
        this.annual = ledger.annualAccounts();
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
        Actors.of(sc).require(Role.MEMBER, Role.BOARD, Role.TREASURER); // the API lists years to members, as before
        return years.all(Actors.of(sc)).stream().map(YearView::of).toList();
    }

    public record LineView(String account, String debit, String credit, String currency) {
        static LineView of(org.coopkit.ledger.journal.JournalLine l) {
            boolean debit = l.side() == org.coopkit.ledger.journal.Side.DEBIT;
            String amount = l.amount().amount().toPlainString();
            return new LineView(l.account().toString(), debit ? amount : null, debit ? null : amount, l.amount().currencyCode());
        }
    }

    public record PreviewView(YearView year, LocalDate date, List<LineView> lines, Map<String, MoneyView> results, LocalDate closableFrom,
                              boolean closable, String fingerprint) {
    }

    public record ConfirmBody(String fingerprint) {
    }

    public record ReasonBody(String reason) {
    }

    public record ApprovalBody(String approval) {
    }

    public record AdoptedReportView(String year, boolean intact, boolean hashMatches, boolean reproduced, boolean booksAgree) {
    }

    /** Every adopted redistribution report recomputed and compared with what was adopted (treasurer, board). */
    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AdoptedReportView> verification(@Context SecurityContext sc) {
        return allocations.verifyAdopted(Actors.of(sc)).stream()
                .map(c -> new AdoptedReportView(c.year().value(), c.intact(), c.hashMatches(), c.reproduced(), c.booksAgree())).toList();
    }

    /** Balance sheet and income statement of the year, with the previous year (treasurer, board). */
    @GET
    @Path("{year}/accounts")
    @Produces(MediaType.APPLICATION_JSON)
    public String accountsJson(@PathParam("year") String year, @Context SecurityContext sc) {
        return org.coopkit.ledger.reports.AnnualAccountsFormats.json(annual.of(Actors.of(sc), Params.year(year)));
    }

    @GET
    @Path("{year}/accounts")
    @Produces("text/csv;charset=utf-8")
    public String accountsCsv(@PathParam("year") String year, @Context SecurityContext sc) {
        return org.coopkit.ledger.reports.AnnualAccountsFormats.csv(annual.of(Actors.of(sc), Params.year(year)));
    }

    /** Step one of the year-end closing: the closing entries it would post and the fingerprint to confirm them with. */
    @GET
    @Path("{year}/closing")
    @Produces(MediaType.APPLICATION_JSON)
    public PreviewView preview(@PathParam("year") String year, @Context SecurityContext sc) {
        ClosingPreview p = years.previewClosing(Actors.of(sc), Params.year(year));
        Map<String, MoneyView> results = new TreeMap<>();
        p.results().forEach((c, m) -> results.put(c, MoneyView.of(m)));
        return new PreviewView(YearView.of(p.year()), p.date(), p.lines().stream().map(LineView::of).toList(), results, p.closableFrom(),
                p.closable(), p.fingerprint());
    }

    /** Step two: close the year as previewed ({@code {"fingerprint": "…"}} from the preview). */
    @POST
    @Path("{year}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ClosingView close(@PathParam("year") String year, ConfirmBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER);
        ClosingResult r = years.close(actor, Params.year(year), body == null ? null : body.fingerprint());
        Map<String, MoneyView> results = new TreeMap<>();
        r.results().forEach((c, m) -> results.put(c, MoneyView.of(m)));
        return new ClosingView(YearView.of(r.year()), r.entry().map(e -> e.number()).orElse(null), results);
    }

    /** Reopens a closed year for a late adjustment (board or treasurer), with a reason. */
    @POST
    @Path("{year}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public YearView reopen(@PathParam("year") String year, ReasonBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER, Role.BOARD);
        return YearView.of(years.reopen(actor, Params.year(year), body == null ? null : body.reason()));
    }

    /** Locks a closed year once the assembly approved its accounts (board or treasurer). */
    @POST
    @Path("{year}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public YearView lock(@PathParam("year") String year, ApprovalBody body, @Context SecurityContext sc) {
        Actor actor = Actors.of(sc);
        actor.require(Role.TREASURER, Role.BOARD);
        return YearView.of(years.lock(actor, Params.year(year), body == null ? null : body.approval()));
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
