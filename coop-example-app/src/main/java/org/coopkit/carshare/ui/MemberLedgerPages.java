package org.coopkit.carshare.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.members.MemberId;
import org.coopkit.ledger.allocation.MemberStatement;
import org.coopkit.ledger.allocation.RefundChoice;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.patronage.PatronageKind;
import org.coopkit.ledger.patronage.PatronageTotals;
import org.glassfish.jersey.server.ContainerRequest;

/** A member's own books: patronage so far and the refund it would bring; their statement per year. */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public final class MemberLedgerPages {
    private final Ui ui;

    MemberLedgerPages(Ui ui) {
        this.ui = ui;
    }

    /** One kind of business with the co-op, as a row. */
    public record KindRow(String kind, long count, String volume, String amount) {
    }

    /** A fiscal year the member can open a statement for. */
    public record YearLink(String id, String status) {
    }

    @GET
    @Path("patronage")
    public Response patronage(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            MemberId me = v.actor().requireMemberId();
            LocalDate today = LocalDate.now(ui.app().clock().withZone(Ui.ZONE));
            FiscalYearId thisYear = FiscalYearId.of(today.getYear());
            List<FiscalYear> years = ui.app().ledger().fiscalYears().all(v.actor());
            Optional<MemberStatement> current = years.stream().anyMatch(y -> y.id().equals(thisYear))
                    ? Optional.of(ui.app().ledger().allocations().statement(v.actor(), me, thisYear)) : Optional.empty();
            PatronageTotals totals = current.map(MemberStatement::patronage)
                    .orElseGet(() -> ui.app().ledger().patronage().runningTotal(v.actor(), me, today.withDayOfYear(1), today));
            List<YearLink> links = years.stream().sorted((a, b) -> b.start().compareTo(a.start()))
                    .map(y -> new YearLink(y.id().value(), v.t("year.status." + y.status().name().toLowerCase()))).toList();
            return ui.page(v, "me/patronage.jte", "year", thisYear.value(), "rows", rows(v, totals), "statement", current.orElse(null),
                    "years", links);
        });
    }

    @GET
    @Path("statements/{year}")
    public Response statement(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            MemberStatement s = ui.app().ledger().allocations().statement(v.actor(), v.actor().requireMemberId(), TreasurerPages.yearId(year));
            FiscalYear y = ui.app().ledger().fiscalYears().get(v.actor(), TreasurerPages.yearId(year));
            return ui.page(v, "me/statement.jte", "s", s, "rows", rows(v, s.patronage()), "status", v.t("year.status." + y.status().name().toLowerCase()),
                    "payouts", ui.app().ledger().payouts().payoutsOf(v.actor(), v.actor().requireMemberId()));
        });
    }

    @jakarta.ws.rs.POST
    @Path("statements/{year}/refund-choice")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseRefund(@PathParam("year") String year, @jakarta.ws.rs.FormParam("_csrf") String csrf,
                                 @jakarta.ws.rs.FormParam("choice") String choice, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            RefundChoice c = "SHARES".equals(choice) ? RefundChoice.SHARES : RefundChoice.PAYABLE;
            ui.app().ledger().allocations().chooseRefund(v.actor(), v.actor().requireMemberId(), TreasurerPages.yearId(year), c);
            return ui.redirect("/me/statements/" + year, c == RefundChoice.SHARES
                    ? v.t("statement.choice.shares.done", year) : v.t("statement.choice.pay.done", year), req);
        });
    }

    static List<KindRow> rows(Viewer v, PatronageTotals totals) {
        return totals.byKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new KindRow(label(v, e.getKey()), e.getValue().count(), v.i18n().decimal(e.getValue().volume().stripTrailingZeros()),
                        v.i18n().money(e.getValue().amount())))
                .toList();
    }

    static String label(Viewer v, PatronageKind k) {
        String key = "patronage.kind." + k.code().toLowerCase();
        return v.i18n().has(key) ? v.t(key) : k.code().replace('_', ' ').toLowerCase();
    }
}
