package org.coopkit.carshare.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coopkit.core.errors.InvalidInput;
import org.coopkit.core.members.ContactDetails;
import org.coopkit.core.members.DuplicateEmail;
import org.coopkit.core.members.Member;
import org.coopkit.core.members.PostalAddress;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * A member's personal data: what the co-op holds about them as a readable page, a download of all
 * of it as JSON, and the form to correct their contact details (rectification).
 */
@Path("/me/data")
@Produces(MediaType.TEXT_HTML)
public final class MyDataPages {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    /** The address parts and their longest value (the register's columns). */
    private static final Map<String, Integer> ADDRESS = PostalAddress.MAX_LENGTHS;
    private final Ui ui;

    MyDataPages(Ui ui) {
        this.ui = ui;
    }

    @GET
    public Response page(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            return ui.page(v, "me/data.jte", "data", MyDataView.of(ui, v.actor(), v.i18n()));
        });
    }

    @GET
    @Path("export.json")
    @Produces("application/json")
    public Response export(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Map<String, Object> doc = ui.app().core().privacy().export(v.actor(), v.actor().requireMemberId());
            try {
                return Response.ok(JSON.writeValueAsString(doc), "application/json; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"my-coopkit-data.json\"").header("Cache-Control", "no-store").build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("member export is not serialisable", e);
            }
        });
    }

    @GET
    @Path("contact")
    public Response contactForm(@Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.member(req);
            Member m = ui.app().core().members().get(v.actor(), v.actor().requireMemberId());
            PostalAddress a = m.address() == null ? PostalAddress.none() : m.address();
            Form form = Form.empty().with("name", m.name()).with("email", m.email()).with("street", nz(a.street()))
                    .with("postalCode", nz(a.postalCode())).with("city", nz(a.city())).with("country", nz(a.country()));
            return ui.page(v, "me/contact.jte", "form", form);
        });
    }

    /** Corrects the member's own name, e-mail and address; refused input comes back next to its field, and nothing changes. */
    @POST
    @Path("contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(MultivaluedMap<String, String> params, @Context ContainerRequest req) {
        return ui.guard(req, () -> {
            Viewer v = ui.post(req, params.getFirst("_csrf"));
            Form form = Form.of(params);
            ADDRESS.forEach((field, max) -> {
                if (form.value(field).length() > max) form.error(field, v.t("contact.error.too-long", max));
            });
            if (form.value("name").isBlank()) form.error("name", v.t("contact.error.name"));
            if (form.hasErrors()) return ui.page(v, 422, "me/contact.jte", "form", form);
            PostalAddress address = new PostalAddress(form.value("street").trim(), form.value("postalCode").trim(), form.value("city").trim(),
                    form.value("country").trim());
            try {
                ui.app().core().members().rectify(v.actor(), v.actor().requireMemberId(),
                        new ContactDetails(form.value("name"), form.value("email"), address));
            } catch (InvalidInput e) {
                e.fieldErrors().keySet().forEach(f -> {
                    String field = f.equals("email") ? "email" : "name";
                    form.error(field, v.t("contact.error." + field));
                });
                return ui.page(v, 422, "me/contact.jte", "form", form);
            } catch (DuplicateEmail e) {
                form.error("email", v.t("contact.error.email-taken"));
                return ui.page(v, 409, "me/contact.jte", "form", form);
            }
            return ui.redirect("/me/data", v.t("contact.done"), req);
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
