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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coopkit.carshare.i18n.LibraryWords;
import org.coopkit.carshare.trips.WorkLog;
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The board's pages: applicants waiting for admission, admitted one by one with a recorded reason
 * and the category (so the voting college) the board confirms; members' logged work waiting for a
 * board member who is not the worker to approve or reject it.
 */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public final class BoardPages {
    private final Ui ui;

    BoardPages(Ui ui) {
        this.ui = ui;
    }

    /** An applicant as the board sees them. */
    public record ApplicantRow(String id, String name, String email, String category, String askedCode, String appliedOn) {
    }

    /** A category the board can confirm, with its voting college when the statutes have colleges. */
    public record CategoryOption(String code, String label) {
    }

    /** Logged work waiting for approval. */
    public record WorkRow(String id, String worker, String kind, int minutes, String on, String note, boolean own) {
    }

    @GET
    @Path("applicants")
    public Response applicants(@Context ContainerRequest req) {
        return ui.guard(req, () -> page(ui.member(req), Form.empty(), 200));
    }

    @POST
    @Path("applicants/{id}/admission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("reason") String reason,
                          @FormParam("category") String category, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            MemberId member;
            try {
                member = MemberId.of(id);
            } catch (IllegalArgumentException e) {
                throw new NotFound("applicant", id);
            }
            String why = reason == null || reason.isBlank() ? null : reason.trim();
            if (why != null && why.length() > 200) {
                return page(v, Form.empty().with("reason-" + id, why).error("reason-" + id, v.t("applicants.error.reason")), 422);
            }
            try {
                Member m = ui.app().core().members().admit(v.actor(), member, why, category);
                return ui.redirect("/board/applicants", v.t("applicants.admitted", m.name(), String.valueOf(m.membershipNumber().orElse(0L)),
                        label(v, m.category())), req);
            } catch (InvalidInput e) {
                return page(v, Form.empty().error("category-" + id, v.t("applicants.error.category")), 422);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, Form.empty().error("reason-" + id, Ui.readable(v.i18n(), e)), 409);
            }
        });
    }

    private Response page(Viewer v, Form form, int status) {
        v.actor().require(Role.BOARD);
        var core = ui.app().core();
        List<Member> waiting = core.memberDirectory().applicantsRead(v.actor(), "board: applicants awaiting admission");
        List<ApplicantRow> rows = waiting.stream().map(m -> new ApplicantRow(m.id().value().toString(), m.name(), m.email(),
                label(v, m.category()), m.category(), v.i18n().date(m.appliedOn()))).toList();
        List<CategoryOption> options = core.statutes().categories().stream().map(c -> new CategoryOption(c.code(), label(v, c.code()))).toList();
        return ui.page(v, status, "board-applicants.jte", "applicants", rows, "categories", options, "form", form);
    }

    /** A category's label, with its voting college when there are colleges: "Car owner (college: Car owners)". */
    private String label(Viewer v, String code) {
        return LibraryWords.categoryWithCollege(v.i18n(), ui.app().core().statutes(), code);
    }

    // --- logged work, confirmed by another board member ---------------------------------------

    @GET
    @Path("work")
    public Response work(@Context ContainerRequest req) {
        return ui.guard(req, () -> workPage(ui.member(req), Form.empty(), 200));
    }

    @POST
    @Path("work/{id}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @FormParam("_csrf") String csrf, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            try {
                WorkLog w = ui.app().carshare().trips().approveWork(v.actor(), workId(id));
                return ui.redirect("/board/work", v.t("work.approved", w.minutes(), kind(v, w)), req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.FORBIDDEN) throw e;
                return workPage(v, Form.empty().error("work-" + id, Ui.readable(v.i18n(), e)), e.kind().httpStatus());
            }
        });
    }

    @POST
    @Path("work/{id}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("reason") String reason,
                           @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            try {
                ui.app().carshare().trips().rejectWork(v.actor(), workId(id), reason);
                return ui.redirect("/board/work", v.t("work.rejected"), req);
            } catch (InvalidInput e) {
                return workPage(v, Form.empty().error("work-" + id, v.t("work.error.reason")), 422);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT && e.kind() != ErrorKind.FORBIDDEN) throw e;
                return workPage(v, Form.empty().error("work-" + id, Ui.readable(v.i18n(), e)), e.kind().httpStatus());
            }
        });
    }

    private Response workPage(Viewer v, Form form, int status) {
        List<WorkLog> pending = ui.app().carshare().trips().pendingWork(v.actor());
        Map<MemberId, String> names = ui.app().core().memberDirectory().names(pending.stream().map(WorkLog::member).toList());
        List<WorkRow> rows = pending.stream().map(w -> new WorkRow(w.id().toString(),
                names.getOrDefault(w.member(), v.t("work.a-member")), kind(v, w), w.minutes(),
                v.i18n().date(w.on()), w.note() == null ? "" : w.note(), v.actor().isSelf(w.member()))).toList();
        return ui.page(v, status, "board-work.jte", "work", rows, "form", form);
    }

    /** The kind of work in the page's language ({@code work.kind.cleaning}). */
    private static String kind(Viewer v, WorkLog w) {
        return v.t("work.kind." + w.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static UUID workId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("work log", id);
        }
    }
}
