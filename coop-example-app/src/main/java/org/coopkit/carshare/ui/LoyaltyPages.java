package org.coopkit.carshare.ui;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.privacy.LoyaltyReport;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Loyalty reports (core's {@code LoyaltyService}): a member reports a practice of the platform they
 * find unfair (a price, a refusal, a use of data); the board must answer, and the member sees the
 * answer here.
 */
@Path("/me/data/loyalty")
@Produces(MediaType.TEXT_HTML)
public final class LoyaltyPages {
    private static final int SUBJECT_MAX = 200;
    private static final int TEXT_MAX = 2000;
    private final Ui ui;

    LoyaltyPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            return page(v, 200, Form.empty());
        });
    }

    private Response page(Viewer v, int status, Form form) {
        List<LoyaltyReport> mine = v.member() ? ui.app().core().loyalty().mine(v.actor()).stream()
                .sorted(Comparator.comparing(LoyaltyReport::filedAt).reversed()).toList() : List.of();
        return ui.page(v, status, "me/loyalty.jte", "form", form, "reports", mine);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@FormParam("_csrf") String csrf, @FormParam("subject") String subject, @FormParam("text") String text,
                         @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, csrf);
            Form form = Form.empty().with("subject", subject == null ? "" : subject).with("text", text == null ? "" : text);
            if (form.value("subject").isBlank() || form.value("subject").length() > SUBJECT_MAX) {
                form.error("subject", v.t("loyalty.error.subject", SUBJECT_MAX));
            }
            if (form.value("text").isBlank() || form.value("text").length() > TEXT_MAX) form.error("text", v.t("loyalty.error.text", TEXT_MAX));
            if (form.hasErrors()) return page(v, 422, form);
            try {
                ui.app().core().loyalty().file(v.actor(), subject, text);
            } catch (InvalidInput e) {
                e.fieldErrors().keySet().forEach(f -> form.error(f.equals("text") ? "text" : "subject",
                        f.equals("text") ? v.t("loyalty.error.text", TEXT_MAX) : v.t("loyalty.error.subject", SUBJECT_MAX)));
                return page(v, 422, form);
            }
            return ui.redirect("/me/data/loyalty", v.t("loyalty.filed"), req);
        });
    }
}
