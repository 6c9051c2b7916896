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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.governance.GovernanceModule;
import org.coopkit.governance.ballots.Ballot;
import org.coopkit.governance.ballots.BallotSpec;
import org.coopkit.governance.ballots.BallotStatus;
import org.coopkit.governance.ballots.Secrecy;
import org.coopkit.governance.tally.MajorityRule;
import org.coopkit.governance.tally.Method;
import org.glassfish.jersey.server.ContainerRequest;

/** The board's ballots: create, open and close them; turnout and proxies while open (never results before close). */
@Path("/board/ballots")
@Produces(MediaType.TEXT_HTML)
public final class BoardBallotPages {
    private final Ui ui;
    private final GovernanceModule gov;

    BoardBallotPages(Ui ui, GovernanceModule gov) {
        this.ui = ui;
        this.gov = gov;
    }

    /** A ballot as the board follows it. */
    public record Row(String id, String question, String method, String status, String when, String turnout, long proxies,
                      boolean draft, boolean open, boolean closed) {
    }

    @GET
    public Response list(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            v.actor().require(Role.BOARD);
            LocalDate tomorrow = LocalDate.now(ui.app().clock().withZone(Ui.ZONE)).plusDays(1);
            Form form = Form.empty().with("method", Method.YES_NO_ABSTAIN.name()).with("seats", "1")
                    .with("opens", LocalDateTime.of(LocalDate.now(ui.app().clock().withZone(Ui.ZONE)), LocalTime.now(ui.app().clock().withZone(Ui.ZONE)).withSecond(0).withNano(0)).toString())
                    .with("closes", LocalDateTime.of(tomorrow.plusDays(7), LocalTime.of(20, 0)).toString());
            return page(v, form, 200);
        });
    }

    private Response page(Viewer v, Form form, int status) {
        v.actor().require(Role.BOARD);
        List<Row> rows = gov.voting().all(v.actor()).stream()
                .sorted((a, b) -> b.spec().opensAt().compareTo(a.spec().opensAt()))
                .map(b -> row(v, b)).toList();
        return ui.page(v, status, "board-ballots.jte", "ballots", rows, "form", form, "methods", Arrays.asList(Method.values()));
    }

    private Row row(Viewer v, Ballot b) {
        String turnout = "—";
        long proxies = 0;
        if (b.status() != BallotStatus.DRAFT) {
            var t = gov.voting().turnout(v.actor(), b.id());
            turnout = t.roll() == 0 ? v.t("bballots.turnout.none", t.voted(), t.roll())
                    : v.t("bballots.turnout", t.voted(), t.roll(), Math.round(100.0 * t.voted() / t.roll()));
            proxies = gov.proxies().all(v.actor(), Optional.of(b.id())).stream().filter(p -> p.active()).count();
        }
        return new Row(b.id().value().toString(), b.spec().question(), VotePages.methodLabel(v, b.spec().method(), b.spec().seats()),
                v.t("bballots.status." + b.status().name().toLowerCase()), v.t("time.range", v.when(b.spec().opensAt()), v.when(b.spec().closesAt())),
                turnout, proxies,
                b.status() == BallotStatus.DRAFT, b.status() == BallotStatus.OPEN, b.status() == BallotStatus.CLOSED);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Form form = Form.of(params);
            Method method = form.parsed("method", Method::valueOf, null, v.t("bballots.error.method"));
            List<String> options = method == Method.YES_NO_ABSTAIN ? BallotSpec.YES_NO
                    : form.value("options").lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
            int seats = form.parsed("seats", n -> Integer.parseInt(n.isBlank() ? "1" : n.trim()), 1, v.t("bballots.error.seats"));
            Instant opens = form.dateTime("opens", v.t("form.datetime.invalid"));
            Instant closes = form.dateTime("closes", v.t("form.datetime.invalid"));
            if (form.hasErrors()) return page(v, form, 422);
            BallotSpec spec = new BallotSpec(form.value("question").trim(), options, method, seats, MajorityRule.simple(),
                    form.has("open-ballot") ? Secrecy.OPEN : Secrecy.SECRET, form.has("revoting"), opens, closes,
                    Optional.empty(), Optional.empty(), Optional.empty());
            try {
                if (form.has("open-now")) gov.voting().createAndOpen(v.actor(), spec);
                else gov.voting().create(v.actor(), spec);
                return ui.redirect("/board/ballots", v.t(form.has("open-now") ? "bballots.created.opened" : "bballots.created", spec.question()), req);
            } catch (InvalidInput e) {
                e.fieldErrors().forEach((k, m) -> form.error(k.equals("closesAt") ? "closes" : k, fieldError(v, k, m, opens, closes)));
                return page(v, form, 422);
            }
        });
    }

    @POST
    @Path("{id}/{action: opening|closing}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") String id, @PathParam("action") String action, @FormParam("_csrf") String csrf,
                               @FormParam("reason") String reason, @FormParam("confirm") String confirm, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            var bid = VotePages.ballotId(id);
            try {
                if (action.equals("opening")) {
                    Ballot b = gov.voting().open(v.actor(), bid);
                    return ui.redirect("/board/ballots", v.t("bballots.opened", b.rollSize()), req);
                }
                Ballot b = gov.voting().get(v.actor(), bid);
                boolean early = ui.app().clock().instant().isBefore(b.spec().closesAt()) && b.status() == BallotStatus.OPEN;
                // before its announced close a ballot closes only on a second, confirmed step with a reason
                if (early && !"yes".equals(confirm)) return confirmPage(v, b, Form.empty().with("reason", reason == null ? "" : reason), 200);
                try {
                    var r = early ? gov.voting().closeEarly(v.actor(), bid, reason, true) : gov.voting().close(v.actor(), bid);
                    return ui.redirect("/vote/" + id + "/results", v.t(early ? "bballots.closed.early" : "bballots.closed", r.voters(), r.rollSize()), req);
                } catch (org.coopkit.governance.ballots.EarlyCloseRefused e) {
                    if (!e.code().equals("early-close-needs-reason")) throw e;
                    return confirmPage(v, b, Form.empty().with("reason", reason == null ? "" : reason)
                            .error("reason", v.t("bballots.error.reason")), 422);
                }
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, Form.empty().error("ballots", Ui.readable(v.i18n(), e)), 409);
            }
        });
    }

    private Response confirmPage(Viewer v, Ballot b, Form form, int status) {
        boolean forbidden = gov.rules().earlyClose() == org.coopkit.governance.GovernanceRules.EarlyClose.FORBIDDEN;
        return ui.page(v, status, "board-close.jte", "ballot", row(v, b), "closesAt", v.when(b.spec().closesAt()), "form", form, "forbidden", forbidden);
    }

    /**
     * A refused field in the page's language, by the field's name; a closing time after the opening that is
     * still refused is too close to it (the statutes' minimum voting period).
     */
    private String fieldError(Viewer v, String field, String rule, Instant opens, Instant closes) {
        if (field.equals("closesAt") && closes.isAfter(opens)) {
            long hours = gov.rules().minimumVotingPeriod().toHours();
            return hours % 24 == 0 ? v.t("bballots.error.period.days", hours / 24) : v.t("bballots.error.period.hours", hours);
        }
        return Ui.fieldError(v.i18n(), field.equals("closesAt") ? field : "ballot." + field, rule);
    }
}
