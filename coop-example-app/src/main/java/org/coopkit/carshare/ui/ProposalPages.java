package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.carshare.tariffs.Tariff;
import org.coopkit.carshare.tariffs.TariffProposal;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.SubjectAlreadyOnBallot;
import org.glassfish.jersey.server.ContainerRequest;

/** The board puts a tariff change or a year's surplus allocation to the members' vote (the adopted decision applies once). */
@Path("/board/proposals")
@Produces(MediaType.TEXT_HTML)
public final class ProposalPages {
    private final Ui ui;

    ProposalPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response form(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Tariff t = ui.app().carshare().tariffs().current();
            Form form = Form.empty().with("perHour", t.perHour().amount().toPlainString()).with("perKm", t.perKm().amount().toPlainString())
                    .with("minimum", t.minimum().amount().toPlainString())
                    .with("ownerSharePercent", t.ownerSharePercent().stripTrailingZeros().toPlainString())
                    .with("freeCancellationHours", String.valueOf(t.freeCancellationHours()));
            defaults(form, "t-");
            defaults(form, "a-");
            defaults(form, "c-");
            return page(v, form, 200);
        });
    }

    private void defaults(Form form, String prefix) {
        LocalDate today = LocalDate.now(ui.app().clock().withZone(Ui.ZONE));
        form.with(prefix + "opens", LocalDateTime.of(today, LocalTime.now(ui.app().clock().withZone(Ui.ZONE)).withSecond(0).withNano(0)).toString())
                .with(prefix + "closes", LocalDateTime.of(today.plusDays(14), LocalTime.of(20, 0)).toString());
    }

    private Response page(Viewer v, Form form, int status) {
        v.actor().require(Role.BOARD);
        List<String> closedYears = ui.app().ledger().fiscalYears().all(v.actor()).stream().filter(y -> !y.status().name().equals("OPEN"))
                .map(y -> y.id().value()).sorted().toList();
        return ui.page(v, status, "board-proposals.jte", "form", form, "years", closedYears);
    }

    @POST
    @Path("tariff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeTariff(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Form form = Form.of(params);
            BigDecimal share = form.parsed("ownerSharePercent", v.i18n()::parseDecimal, null, v.t("proposals.error.percent"));
            Integer hours = form.has("freeCancellationHours") ? form.parsed("freeCancellationHours", n -> Integer.parseInt(n.trim()), null,
                    v.t("proposals.error.hours")) : null;
            Instant opens = form.dateTime("t-opens", v.t("form.datetime.invalid"));
            Instant closes = form.dateTime("t-closes", v.t("form.datetime.invalid"));
            if (form.hasErrors()) return page(v, form, 422);
            try {
                Ballot b = ui.app().proposals().proposeTariff(v.actor(),
                        new TariffProposal(typed(v, form, "perHour"), typed(v, form, "perKm"), typed(v, form, "minimum"), share, null, hours),
                        opens, closes);
                return ui.redirect("/board/ballots", v.t("proposals.put", b.spec().question()), req);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k.equals("closesAt") ? "t-closes" : k, Ui.fieldError(v.i18n(), k, m)));
                return page(v, form, 422);
            } catch (SubjectAlreadyOnBallot e) {
                form.error("tariff", Ui.readable(v.i18n(), e));
                return page(v, form, 409);
            }
        });
    }

    /** A typed amount as the tariff reads it: "3,80" on a French page is 3.80; what is not a number goes on for the tariff's own message. */
    private static String typed(Viewer v, Form form, String field) {
        try {
            return v.i18n().parseDecimal(form.value(field)).toPlainString();
        } catch (NumberFormatException e) {
            return form.value(field).trim();
        }
    }

    @POST
    @Path("allocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeAllocation(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return proposeForYear(params, req, "year", "a-", v -> v.t("proposals.accounts.choose"), ui.app().proposals()::proposeAllocation);
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeAccountsApproval(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return proposeForYear(params, req, "accounts-year", "c-", v -> v.t("proposals.accounts.choose"),
                ui.app().proposals()::proposeAccountsApproval);
    }

    /** What the board puts to the vote about one closed fiscal year (its surplus allocation, its accounts). */
    private interface YearProposal {
        Ballot propose(Actor board, int year, Instant opens, Instant closes);
    }

    /** One form for a proposal about a year: the year, the voting period, and a refusal next to the field it is about. */
    private Response proposeForYear(MultivaluedMap<String, String> params, ContainerRequest req, String yearField, String prefix,
                                    Function<Viewer, String> chooseYear, YearProposal proposal) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Form form = Form.of(params);
            int year = form.parsed(yearField, n -> Integer.parseInt(n.trim()), 0, chooseYear.apply(v));
            Instant opens = form.dateTime(prefix + "opens", v.t("form.datetime.invalid"));
            Instant closes = form.dateTime(prefix + "closes", v.t("form.datetime.invalid"));
            if (form.hasErrors()) return page(v, form, 422);
            try {
                Ballot b = proposal.propose(v.actor(), year, opens, closes);
                return ui.redirect("/board/ballots", v.t("proposals.put", b.spec().question()), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.UNPROCESSABLE && e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.NOT_FOUND) throw e;
                Map<String, String> fields = e instanceof InvalidInput ii ? ii.fieldErrors() : Map.of();
                if (fields.containsKey("closesAt")) form.error(prefix + "closes", Ui.fieldError(v.i18n(), "closesAt", fields.get("closesAt")));
                else if (fields.containsKey("fiscalYear")) form.error(yearField, Ui.fieldError(v.i18n(), "fiscalYear", fields.get("fiscalYear")));
                else form.error(yearField, Ui.readable(v.i18n(), e));
                return page(v, form, e.kind().httpStatus());
            }
        });
    }
}
