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
import org.coopkit.core.actors.Role;
import org.coopkit.core.errors.CoopException;
import org.coopkit.core.errors.ErrorKind;
import org.coopkit.core.errors.NotFound;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.members.MemberStatus;
import org.glassfish.jersey.server.ContainerRequest;

/** The board's pages: applicants waiting for admission, admitted one by one with a recorded reason. */
@Path("/board")
@Produces(MediaType.TEXT_HTML)
public final class BoardPages {
    private final Ui ui;

    BoardPages(Ui ui) {
        this.ui = ui;
    }

    /** An applicant as the board sees them. */
    public record ApplicantRow(String id, String name, String email, String category, String appliedOn) {
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
                          @Context ContainerRequest req) {
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
                return page(v, Form.empty().with("reason-" + id, why).error("reason-" + id, "Keep the reason under 200 characters."), 422);
            }
            try {
                Member m = ui.app().core().members().admit(v.actor(), member, why);
                return ui.redirect("/board/applicants", m.name() + " is now member no. " + m.membershipNumber().orElse(0L) + ".", req);
            } catch (CoopException e) {
                if (e.kind() != ErrorKind.CONFLICT) throw e;
                return page(v, Form.empty().error("reason-" + id, CarPages.sentence(e.getMessage())), 409);
            }
        });
    }

    private Response page(Viewer v, Form form, int status) {
        v.actor().require(Role.BOARD);
        var core = ui.app().core();
        List<Member> waiting = core.transactions().inTransaction(() -> {
            List<Member> list = core.memberRegistry().inStatus(MemberStatus.APPLICANT);
            list.forEach(m -> core.privacy().recordAccess(v.actor(), m.id(), "board: applicants awaiting admission"));
            return list;
        });
        List<ApplicantRow> rows = waiting.stream().map(m -> new ApplicantRow(m.id().value().toString(), m.name(), m.email(),
                core.statutes().categories().stream().filter(c -> c.code().equals(m.category())).map(c -> c.label()).findFirst()
                        .orElse(m.category()), m.appliedOn().toString())).toList();
        return ui.page(v, status, "board-applicants.jte", "applicants", rows, "form", form);
    }
}
