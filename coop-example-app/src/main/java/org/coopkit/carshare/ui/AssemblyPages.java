package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.MalformedId;
import org.coopkit.core.errors.NotFound;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.assemblies.Assembly;
import org.coopkit.governance.assemblies.AssemblyId;
import org.coopkit.governance.assemblies.AssemblyKind;
import org.coopkit.governance.assemblies.AssemblyResult;
import org.coopkit.governance.ballots.BallotSpec;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * General assemblies for the board: convene one (ordinary or extraordinary, first and second call),
 * put resolutions on its agenda, and close it on a call — the quorum and the majority of that kind
 * of assembly come from the statutes, not from the form.
 */
@Path("/board/assemblies")
@Produces(MediaType.TEXT_HTML)
public final class AssemblyPages {
    private final Ui ui;
    private final GovernanceModule gov;

    AssemblyPages(Ui ui, GovernanceModule gov) {
        this.ui = ui;
        this.gov = gov;
    }

    /** An assembly in the list. */
    public record AssemblyRow(String id, String title, String kind, String convenedOn, String firstCall, String secondCall, String status) {
    }

    /** A resolution on the agenda. */
    public record AgendaRow(String id, String question, String status, String when, String majority, boolean draft, boolean closed) {
    }

    private AssemblyRow row(Viewer v, Assembly a) {
        return new AssemblyRow(a.id().toString(), a.title(), v.t(a.kind() == AssemblyKind.ORDINARY ? "assembly.kind.ordinary" : "assembly.kind.extraordinary"),
                v.i18n().date(a.convenedOn()), v.when(a.firstCallAt()), a.secondCallAt().map(v::when).orElse(v.t("assembly.none")),
                switch (a.status()) {
                    case CONVENED -> v.t("assembly.status.convened");
                    case ADJOURNED -> v.t("assembly.status.adjourned");
                    case CLOSED -> a.callUsed().map(c -> v.t("assembly.status.closed." + c.toLowerCase())).orElse(v.t("assembly.status.closed"));
                });
    }

    @GET
    public Response list(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            LocalDate today = LocalDate.now(ui.app().clock().withZone(Ui.ZONE));
            Form form = Form.empty().with("kind", "ORDINARY").with("convenedOn", today.toString())
                    .with("firstCall", LocalDateTime.of(today.plusDays(15), LocalTime.of(18, 0)).toString())
                    .with("secondCall", LocalDateTime.of(today.plusDays(22), LocalTime.of(18, 0)).toString());
            return listPage(v, form, 200);
        });
    }

    private Response listPage(Viewer v, Form form, int status) {
        v.actor().require(Role.BOARD);
        List<AssemblyRow> rows = gov.assemblies().all(v.actor()).stream().sorted(Comparator.comparing(Assembly::firstCallAt).reversed()).map(a -> row(v, a)).toList();
        var rules = gov.rules();
        String settings = v.t("assemblies.settings", String.valueOf(rules.ordinaryQuorumFirstCall()), String.valueOf(rules.ordinaryQuorumSecondCall()),
                String.valueOf(rules.extraordinaryQuorumFirstCall()), String.valueOf(rules.extraordinaryQuorumSecondCall()),
                org.coopkit.carshare.i18n.LibraryWords.majority(v.i18n(), rules.extraordinaryMajority()));
        return ui.page(v, status, "assemblies.jte", "assemblies", rows, "form", form, "settings", settings);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response convene(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Form form = Form.of(params);
            AssemblyKind kind = form.value("kind").equals("EXTRAORDINARY") ? AssemblyKind.EXTRAORDINARY : AssemblyKind.ORDINARY;
            LocalDate on = null;
            try {
                on = LocalDate.parse(form.value("convenedOn"));
            } catch (DateTimeParseException e) {
                form.error("convenedOn", v.t("form.date.invalid"));
            }
            Instant first = instant(v, form, "firstCall");
            Instant second = form.value("secondCall").isBlank() ? null : instant(v, form, "secondCall");
            if (form.hasErrors()) return listPage(v, form, 422);
            try {
                Assembly a = gov.assemblies().convene(v.actor(), kind, form.value("title"), on, first, second);
                return ui.redirect("/board/assemblies/" + a.id(), v.t("assembly.convened", a.title()), req);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k.equals("secondCallAt") ? "secondCall" : k, Ui.fieldError(v.i18n(), k, m)));
                return listPage(v, form, 422);
            }
        });
    }

    @GET
    @Path("{id}")
    public Response assembly(@PathParam("id") String id, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Assembly a = gov.assemblies().get(v.actor(), assemblyId(id));
            Form form = Form.empty().with("opens", LocalDateTime.ofInstant(a.firstCallAt(), Ui.ZONE).minusDays(7).toString())
                    .with("closes", LocalDateTime.ofInstant(a.firstCallAt(), Ui.ZONE).plusHours(3).toString());
            return page(v, a, form, 200);
        });
    }

    private Response page(Viewer v, Assembly a, Form form, int status) {
        v.actor().require(Role.BOARD);
        List<AgendaRow> agenda = gov.assemblies().agenda(v.actor(), a.id()).stream()
                .map(b -> new AgendaRow(b.id().value().toString(), b.spec().question(), v.t("ballot.status." + b.status().name().toLowerCase()),
                        v.t("time.range", v.when(b.spec().opensAt()), v.when(b.spec().closesAt())), org.coopkit.carshare.i18n.LibraryWords.majority(v.i18n(), b.spec().majority()),
                        b.status().name().equals("DRAFT"), b.status().name().equals("CLOSED")))
                .toList();
        return ui.page(v, status, "assembly.jte", "assembly", row(v, a), "open", a.status() != org.coopkit.governance.assemblies.AssemblyStatus.CLOSED, "agenda", agenda, "form", form);
    }

    @POST
    @Path("{id}/resolutions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addResolution(@PathParam("id") String id, MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Assembly a = gov.assemblies().get(v.actor(), assemblyId(id));
            Form form = Form.of(params);
            Instant opens = instant(v, form, "opens");
            Instant closes = instant(v, form, "closes");
            if (form.hasErrors()) return page(v, a, form, 422);
            try {
                var b = gov.assemblies().addOpenResolution(v.actor(), a.id(), BallotSpec.resolution(form.value("question").trim(), opens, closes));
                return ui.redirect("/board/assemblies/" + id, v.t("assembly.resolution.added", b.spec().question()), req);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k.equals("closesAt") ? "closes" : k, Ui.fieldError(v.i18n(), k, m)));
                return page(v, a, form, 422);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, a, form.error("question", Ui.readable(v.i18n(), e)), 409);
            }
        });
    }

    @POST
    @Path("{id}/closing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") String id, MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Assembly a = gov.assemblies().get(v.actor(), assemblyId(id));
            Form form = Form.of(params);
            if (!"yes".equals(form.value("confirm"))) {
                return page(v, a, form.error("confirm", v.t("assembly.close.tick")), 422);
            }
            Assembly.Call call = form.value("call").equals("SECOND") ? Assembly.Call.SECOND : Assembly.Call.FIRST;
            try {
                AssemblyResult r = gov.assemblies().close(v.actor(), a.id(), call);
                long adopted = r.resolutions().stream().filter(AssemblyResult.Resolution::adopted).count();
                String outcome = CarPages.sentence(r.outcome()) + (r.adjourned() ? "" : " " + v.t("assembly.adopted", adopted, r.resolutions().size()));
                // a missed quorum is not a success: it is shown as a warning on the assembly's page, not in the green banner
                if (!r.quorumMet()) return page(v, gov.assemblies().get(v.actor(), assemblyId(id)), Form.empty().error("outcome", outcome), 200);
                return ui.redirect("/board/assemblies/" + id, v.t("assembly.closed", outcome), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, a, form.error("confirm", Ui.readable(v.i18n(), e)), 409);
            }
        });
    }

    /** A malformed id in the address names no assembly: the page answers 404, as for an unknown one. */
    static AssemblyId assemblyId(String id) {
        try {
            return AssemblyId.of(id);
        } catch (MalformedId e) {
            throw new NotFound("assembly", id);
        }
    }

    private static Instant instant(Viewer v, Form form, String field) {
        try {
            return LocalDateTime.parse(form.value(field)).atZone(Ui.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            form.error(field, v.t("form.datetime.invalid"));
            return null;
        }
    }
}
