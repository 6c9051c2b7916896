package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.coopkit.carshare.i18n.I18n;
import org.coopkit.carshare.i18n.LibraryWords;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.NotFound;
import org.coopkit.ledger.LedgerModule;
import org.coopkit.ledger.allocation.DraftResolution;
import org.coopkit.ledger.allocation.RedistributionFormats;
import org.coopkit.ledger.allocation.RedistributionReport;
import org.coopkit.ledger.fiscal.ClosingPreview;
import org.coopkit.ledger.fiscal.FiscalYear;
import org.coopkit.ledger.fiscal.FiscalYearId;
import org.coopkit.ledger.journal.TrialBalance;
import org.coopkit.ledger.statements.IncomeStatementReport;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The treasurer's pages: fiscal years, the redistribution report (waterfall, chart, CSV, draft
 * resolution), the trial balance, the year-end close with a confirmation step, and the platform
 * income statements per quarter.
 */
@Path("/treasurer")
@Produces(MediaType.TEXT_HTML)
public final class TreasurerPages {
    private final Ui ui;

    TreasurerPages(Ui ui) {
        this.ui = ui;
    }

    /** A fiscal year as the index lists it. */
    public record YearRow(String id, String from, String to, String status, String result, boolean open) {
        public boolean closed() {
            return status.equals("closed");
        }
    }

    private LedgerModule ledger() {
        return ui.app().ledger();
    }

    @GET
    public Response index(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            v.actor().require(Role.TREASURER, Role.BOARD);
            var cur = ui.app().core().statutes().currency();
            List<YearRow> years = ledger().fiscalYears().all(v.actor()).stream()
                    .sorted((a, b) -> b.start().compareTo(a.start()))
                    .map(y -> new YearRow(y.id().value(), v.i18n().date(y.start()), v.i18n().date(y.end()), y.status().name().toLowerCase(),
                            v.i18n().money(ledger().fiscalYears().result(v.actor(), y.id(), cur)), y.status().name().equals("OPEN")))
                    .toList();
            return ui.page(v, "treasurer/index.jte", "years", years, "today", v.i18n().date(today()));
        });
    }

    @GET
    @Path("years/{year}/redistribution")
    public Response redistribution(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            RedistributionReport r = ledger().allocations().report(v.actor(), yearId(year));
            List<BarChart.Value> bars = r.steps().stream()
                    .map(s -> new BarChart.Value(LibraryWords.step(v.i18n(), r, s), s.amount().amount(), v.i18n().money(s.amount()))).toList();
            BarChart chart = BarChart.of("waterfall", v.t("tr.red.chart.title", r.fiscalYear(), v.i18n().money(r.result())),
                    v.t("tr.red.chart.desc") + " " + bars.stream().map(b -> b.label() + ": " + b.shown()).collect(Collectors.joining("; ")) + ".", bars);
            return ui.page(v, "treasurer/redistribution.jte", "report", r, "chart", chart);
        });
    }

    @GET
    @Path("years/{year}/redistribution.csv")
    @Produces("text/csv; charset=utf-8")
    public Response csv(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            RedistributionReport r = ledger().allocations().report(v.actor(), yearId(year));
            return SpreadsheetCsv.download(v, RedistributionFormats.csv(r), "redistribution-" + r.fiscalYear() + ".csv");
        });
    }

    /** The journal of a fiscal year, readable by hledger/ledger ({@code .journal}) or as CSV. */
    @GET
    @Path("years/{year}/journal.{format: journal|csv}")
    @Produces({"text/plain; charset=utf-8", "text/csv; charset=utf-8"})
    public Response journal(@PathParam("year") String year, @PathParam("format") String format, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            FiscalYear y = ledger().fiscalYears().get(v.actor(), yearId(year));
            String name = "journal-" + y.id().value() + "." + format;
            if (format.equals("csv")) return SpreadsheetCsv.download(v, ledger().exports().csv(v.actor(), y.start(), y.end()), name);
            return SpreadsheetCsv.attachment(ledger().exports().hledger(v.actor(), y.start(), y.end()), "text/plain; charset=utf-8", name);
        });
    }

    /** Balance sheet and income statement of a year, with the previous year (treasurer, board); CSV beside. */
    @GET
    @Path("years/{year}/accounts")
    public Response accounts(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            var a = ledger().annualAccounts().of(v.actor(), yearId(year));
            return ui.page(v, "treasurer/accounts.jte", "a", a, "approval", ledger().accountsApprovals().of(v.actor(), yearId(year)));
        });
    }

    @GET
    @Path("years/{year}/accounts.csv")
    @Produces("text/csv; charset=utf-8")
    public Response accountsCsv(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            var a = ledger().annualAccounts().of(v.actor(), yearId(year));
            return SpreadsheetCsv.download(v, org.coopkit.ledger.reports.AnnualAccountsFormats.csv(a), "accounts-" + a.fiscalYear() + ".csv");
        });
    }

    @GET
    @Path("years/{year}/resolution")
    public Response resolution(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            RedistributionReport r = ledger().allocations().report(v.actor(), yearId(year));
            return ui.page(v, "treasurer/resolution.jte", "year", r.fiscalYear(), "text", DraftResolution.text(r));
        });
    }

    @GET
    @Path("trial-balance")
    public Response trialBalance(@QueryParam("at") String at, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Form form = Form.empty().with("at", at == null || at.isBlank() ? today().toString() : at.trim());
            LocalDate date;
            try {
                date = LocalDate.parse(form.value("at"));
            } catch (DateTimeParseException e) {
                form.error("at", v.t("tr.date.invalid", today().toString()));
                date = today();
            }
            TrialBalance tb = ledger().journal().trialBalance(v.actor(), date);
            return ui.page(v, form.hasErrors() ? 422 : 200, "treasurer/trial-balance.jte", "tb", tb, "form", form,
                    "currency", ui.app().core().statutes().currency(), "accounts", labels(v, tb.rows().stream().map(r -> r.account()).toList()));
        });
    }

    @GET
    @Path("years/{year}/closing")
    public Response closing(@PathParam("year") String year, @Context ContainerRequest req) {
        return ui.guard(req, () -> closingPage(ui.member(req), yearId(year), Form.empty(), 200));
    }

    /** Step two of the closing: the treasurer confirms the entries the preview showed (its fingerprint travels in the form). */
    @POST
    @Path("years/{year}/closing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("year") String year, @FormParam("_csrf") String csrf, @FormParam("confirm") String confirm,
                          @FormParam("fingerprint") String fingerprint, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            FiscalYearId id = yearId(year);
            if (!"yes".equals(confirm)) {
                return closingPage(v, id, Form.empty().error("confirm", v.t("tr.close.tick")), 422);
            }
            try {
                var closed = ledger().fiscalYears().close(v.actor(), id, fingerprint);
                return ui.redirect("/treasurer", v.t("tr.close.done", id.value(), closed.results().values().stream().map(v.i18n()::money)
                        .reduce((a, b) -> a + ", " + b).orElse(v.t("tr.nothing"))), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return closingPage(v, id, Form.empty().error("confirm", CarPages.sentence(e.getMessage())), 409);
            }
        });
    }

    private Response closingPage(Viewer v, FiscalYearId id, Form form, int status) {
        v.actor().require(Role.TREASURER);
        ClosingPreview p = ledger().fiscalYears().previewClosing(v.actor(), id);
        String result = v.i18n().money(ledger().fiscalYears().result(v.actor(), id, ui.app().core().statutes().currency()));
        return ui.page(v, status, "treasurer/closing.jte", "year", p.year(), "result", result, "form", form, "preview", p,
                "accounts", labels(v, p.lines().stream().map(l -> l.account()).toList()));
    }

    private AccountLabels labels(Viewer v, java.util.List<org.coopkit.ledger.accounts.AccountRef> refs) {
        return AccountLabels.of(v, ui.app().core().memberDirectory(), refs);
    }

    /** Reopening (board or treasurer) and locking (after the assembly approved the accounts): one form each, the reason required. */
    @GET
    @Path("years/{year}/{action: reopening|lock}")
    public Response yearAction(@PathParam("year") String year, @PathParam("action") String action, @Context ContainerRequest req) {
        return ui.guard(req, () -> yearActionPage(ui.member(req), yearId(year), action, Form.empty(), 200));
    }

    @POST
    @Path("years/{year}/{action: reopening|lock}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response doYearAction(@PathParam("year") String year, @PathParam("action") String action, @FormParam("_csrf") String csrf,
                                 @FormParam("reason") String reason, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            FiscalYearId id = yearId(year);
            Form form = Form.empty().with("reason", reason == null ? "" : reason);
            if (reason == null || reason.isBlank()) {
                return yearActionPage(v, id, action, form.error("reason", v.t(action.equals("lock") ? "tr.lock.missing" : "tr.reopen.missing")), 422);
            }
            try {
                if (action.equals("lock")) {
                    ledger().fiscalYears().lock(v.actor(), id, reason);
                    return ui.redirect("/treasurer", v.t("tr.lock.done", id.value()), req);
                }
                ledger().fiscalYears().reopen(v.actor(), id, reason);
                return ui.redirect("/treasurer", v.t("tr.reopen.done", id.value()), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return yearActionPage(v, id, action, form.error("reason", Ui.readable(v.i18n(), e)), 409); // worded by its code where a bundle has it
            }
        });
    }

    private Response yearActionPage(Viewer v, FiscalYearId id, String action, Form form, int status) {
        v.actor().require(Role.TREASURER, Role.BOARD);
        FiscalYear y = ledger().fiscalYears().get(v.actor(), id);
        return ui.page(v, status, "treasurer/year-action.jte", "year", y, "lock", action.equals("lock"), "form", form);
    }

    @GET
    @Path("income-statements")
    public Response incomeStatements(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            QuarterForm q = QuarterForm.parse(year, quarter, today(), v);
            if (!q.valid()) {
                v.actor().require(Role.TREASURER, Role.BOARD); // as IncomeStatements: ADMIN is technical
                return ui.page(v, 422, "treasurer/income-statements.jte", "report", null, "form", q.form(), "total", "");
            }
            IncomeStatementReport r = ledger().incomeStatements().quarter(v.actor(), q.year(), q.quarter());
            String total = v.i18n().money(r.totalGross(ui.app().core().statutes().currency()));
            return ui.page(v, "treasurer/income-statements.jte", "report", r, "form", q.form(), "total", total);
        });
    }

    private LocalDate today() {
        return LocalDate.now(ui.app().clock().withZone(Ui.ZONE));
    }

    static FiscalYearId yearId(String year) {
        try {
            return FiscalYearId.of(year);
        } catch (IllegalArgumentException e) {
            throw new NotFound("fiscal year", year);
        }
    }

    /**
     * Percent as the waterfall table shows it, without trailing zeros: {@code 15%} / {@code 15 %}.
     *
     * @param i18n the page's language
     * @param p the percentage
     * @return the text
     */
    public static String percent(I18n i18n, BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return i18n.decimal(s.scale() < 0 ? s.setScale(0) : s) + (i18n.french() ? "\u00a0%" : "%");
    }
}
