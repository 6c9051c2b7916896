package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.NotFound;
import org.coopkit.ledger.payouts.Pain001;
import org.coopkit.ledger.payouts.PayoutRun;
import org.glassfish.jersey.server.ContainerRequest;

/** The treasurer's payouts: what is due (and who cannot be paid), run a payout, the run and its SEPA file. */
@Path("/treasurer/payouts")
@Produces(MediaType.TEXT_HTML)
public final class PayoutPages {
    private final Ui ui;

    PayoutPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response index(@Context ContainerRequest req) {
        return ui.guard(req, () -> page(ui.member(req), Form.empty().with("key", "payouts-" + today()).with("executionDate", today().toString()), 200));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@FormParam("_csrf") String csrf, @FormParam("key") String key, @FormParam("executionDate") String date,
                        @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            v.actor().require(Role.TREASURER);
            Form form = Form.empty().with("key", key == null ? "" : key.trim()).with("executionDate", date == null ? "" : date.trim());
            LocalDate exec = null;
            try {
                exec = LocalDate.parse(form.value("executionDate"));
            } catch (DateTimeParseException e) {
                form.error("executionDate", v.t("tr.date.invalid", today().toString()));
            }
            if (form.hasErrors()) return page(v, form, 422);
            try {
                PayoutRun run = ui.app().ledger().payouts().run(v.actor(), form.value("key"), Optional.empty(), exec);
                return ui.redirect("/treasurer/payouts/" + run.key(), v.t("tr.pay.done", run.key(), String.valueOf(run.paid().size()),
                        String.valueOf(run.notPayable().size())), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.UNPROCESSABLE) throw e;
                return page(v, form.error("key", CarPages.sentence(e.getMessage())), e.kind() == ErrorKind.CONFLICT ? 409 : 422);
            }
        });
    }

    @GET
    @Path("{key}")
    public Response show(@PathParam("key") String key, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            PayoutRun run = ui.app().ledger().payouts().find(v.actor(), key).orElseThrow(() -> new NotFound("payout run", key));
            return ui.page(v, "treasurer/payout-run.jte", "run", run,
                    "total", v.i18n().money(run.totalPaid(ui.app().core().statutes().currency())));
        });
    }

    @GET
    @Path("{key}/pain.001.xml")
    @Produces("application/xml; charset=utf-8")
    public Response file(@PathParam("key") String key, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            PayoutRun run = ui.app().ledger().payouts().find(v.actor(), key).orElseThrow(() -> new NotFound("payout run", key));
            var bank = ui.app().ledger().settings().bankAccount().orElseThrow(() -> new NotFound("bank account of the co-op", "setting"));
            return Response.ok(Pain001.xml(run, bank), "application/xml; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"pain.001-" + key + ".xml\"").header("Cache-Control", "no-store").build();
        });
    }

    private Response page(Viewer v, Form form, int status) {
        v.actor().require(Role.TREASURER);
        var due = ui.app().ledger().payouts().due(v.actor(), Optional.empty());
        return ui.page(v, status, "treasurer/payouts.jte", "due", due, "form", form);
    }

    private LocalDate today() {
        return LocalDate.now(ui.app().clock().withZone(Ui.ZONE));
    }
}
